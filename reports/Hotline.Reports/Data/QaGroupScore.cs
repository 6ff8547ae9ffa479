namespace Hotline.Reports.Data;

/// <summary>QA results of one team, or one agent (with <paramref name="Team"/> set), in the period.</summary>
/// <param name="Name">Team or agent name.</param>
/// <param name="Team">The agent's team; null for a team row.</param>
/// <param name="Inspected">Calls scored.</param>
/// <param name="AverageScore">Mean score, 0–100.</param>
/// <param name="PreviousAverageScore">Mean score in the previous period, where known.</param>
/// <param name="PassRate">Scored calls at or above the pass mark ÷ scored calls, 0–1.</param>
/// <param name="WeakestItem">The scorecard item this team or agent loses most points on; empty when none.</param>
public sealed record QaGroupScore(string Name, string? Team, long Inspected, double AverageScore, double? PreviousAverageScore, double PassRate, string WeakestItem = "");
