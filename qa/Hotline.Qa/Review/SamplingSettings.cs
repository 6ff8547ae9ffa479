namespace Hotline.Qa.Review;

/// <summary>Which calls inspectors review (抽检规则); every rule that matches is recorded as a reason.</summary>
/// <param name="LowScoreBelow">All calls scoring below this are reviewed.</param>
/// <param name="RandomPercent">This share (0–100) of all calls is reviewed at random.</param>
/// <param name="NewAgentDays">All calls of agents who started fewer than this many days before the call are reviewed (0 = off).</param>
/// <param name="Complaints">All calls a complaint came from are reviewed.</param>
/// <param name="ModelFlags">All calls the model flags are reviewed.</param>
public sealed record SamplingSettings(double LowScoreBelow = 60, double RandomPercent = 5, int NewAgentDays = 90, bool Complaints = true, bool ModelFlags = true);
