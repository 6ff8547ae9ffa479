using System.Globalization;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>禁语 / 不文明用语: each time the agent uses a listed phrase costs <see cref="PenaltyPerHit"/> of the points.</summary>
/// <param name="Phrases">The forbidden or impolite phrases, e.g. "不归我们管", "你听不懂吗".</param>
/// <param name="PenaltyPerHit">Share of the points lost per occurrence (1 = any occurrence loses all).</param>
public sealed record ForbiddenPhraseRule(IReadOnlyList<string> Phrases, double PenaltyPerHit = 1) : ScoreRule
{
    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hits = PhraseMatcher.Find(context.Transcript.Segments.Where(s => s.Channel == SpeakerChannel.Agent), Phrases);
        if (hits.Count == 0)
            return new RuleOutcome(1, [], ScoringText.ForbiddenNone);
        var fraction = Math.Max(0, 1 - (hits.Count * PenaltyPerHit));
        var said = string.Join(ScoringText.ListSeparator, hits.Select(h => h.Phrase).Distinct(StringComparer.Ordinal));
        return new RuleOutcome(fraction, [.. hits.Select(h => PhraseMatcher.Evidence(h.Segment)).Distinct()],
            string.Format(CultureInfo.CurrentCulture, ScoringText.ForbiddenHits, hits.Count, said));
    }

    /// <inheritdoc />
    public override string? Problem() => Phrases is { Count: > 0 } && PenaltyPerHit > 0 ? null : "a forbidden rule needs phrases and a positive penaltyPerHit";
}
