using System.Globalization;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>抢话: the agent starting to speak while the caller is still speaking, for at least <see cref="MinimumSeconds"/>, beyond <see cref="Allowed"/> times.</summary>
/// <param name="MinimumSeconds">Overlaps shorter than this (back-channel "嗯", "好的") do not count.</param>
/// <param name="Allowed">Interruptions tolerated without penalty.</param>
/// <param name="PenaltyPerExtra">Share of the points lost per interruption beyond those.</param>
public sealed record TalkOverRule(double MinimumSeconds = 1, int Allowed = 1, double PenaltyPerExtra = 0.25) : ScoreRule
{
    /// <inheritdoc />
    public override bool ReadsText => false;

    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interruptions = context.Timeline.TalkOvers.Where(t => t.Interrupter == SpeakerChannel.Agent && t.Span.Length >= MinimumSeconds).ToList();
        var fraction = Math.Max(0, 1 - (Math.Max(0, interruptions.Count - Allowed) * PenaltyPerExtra));
        return new RuleOutcome(fraction, [.. interruptions.Select(t => new Evidence(SpeakerChannel.Agent, t.Span.Start, t.Span.End, t.Text))],
            string.Format(CultureInfo.CurrentCulture, ScoringText.TalkOverCount, interruptions.Count, Allowed));
    }

    /// <inheritdoc />
    public override string? Problem() => MinimumSeconds > 0 && Allowed >= 0 && PenaltyPerExtra > 0 ? null : "a talk-over rule needs minimumSeconds > 0, allowed ≥ 0 and penaltyPerExtra > 0";
}
