using System.Globalization;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>安抚/共情: when the caller is upset (says a trigger phrase), the agent uses empathy phrases at least <see cref="Minimum"/> times afterwards.</summary>
/// <param name="Phrases">Empathy phrases, e.g. "理解您的心情", "非常抱歉", "请您别着急".</param>
/// <param name="Triggers">Caller phrases that show distress; empty = required on every call.</param>
/// <param name="Minimum">How many empathy phrases earn full points (fewer earn a share).</param>
public sealed record EmpathyRule(IReadOnlyList<string> Phrases, IReadOnlyList<string> Triggers, int Minimum = 1) : ScoreRule
{
    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = context.Transcript.Segments;
        var from = 0.0;
        var evidence = new List<Evidence>();
        if (Triggers.Count > 0)
        {
            if (PhraseMatcher.First(segments.Where(s => s.Channel == SpeakerChannel.Caller), Triggers) is not { } trigger)
                return new RuleOutcome(1, [], ScoringText.EmpathyNotNeeded, NotApplicable: true);
            from = trigger.Segment.Start;
            evidence.Add(PhraseMatcher.Evidence(trigger.Segment));
        }

        var after = segments.Where(s => s.Channel == SpeakerChannel.Agent && s.Start >= from).ToList();
        var count = PhraseMatcher.Count(after, Phrases);
        evidence.AddRange(PhraseMatcher.Find(after, Phrases).Select(h => PhraseMatcher.Evidence(h.Segment)).Distinct());
        return new RuleOutcome(Math.Min(1, count / (double)Minimum), evidence, string.Format(CultureInfo.CurrentCulture, ScoringText.EmpathyCount, count, Minimum));
    }

    /// <inheritdoc />
    public override string? Problem() => Phrases is { Count: > 0 } && Triggers is not null && Minimum >= 1 ? null : "an empathy rule needs phrases, a triggers list (may be empty) and minimum ≥ 1";
}
