using System.Globalization;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>必要告知: every required disclosure (recording notice, ticket number, reply deadline …) is said by the agent; points in proportion.</summary>
/// <param name="Disclosures">What must be said.</param>
public sealed record DisclosureRule(IReadOnlyList<Disclosure> Disclosures) : ScoreRule
{
    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agent = context.Transcript.Segments.Where(s => s.Channel == SpeakerChannel.Agent).ToList();
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        foreach (var disclosure in Disclosures)
        {
            if (PhraseMatcher.First(agent, disclosure.Phrases) is { } hit)
                evidence.Add(PhraseMatcher.Evidence(hit.Segment));
            else
                missing.Add(disclosure.Name);
        }

        var fraction = (Disclosures.Count - missing.Count) / (double)Disclosures.Count;
        return new RuleOutcome(fraction, evidence, missing.Count == 0
            ? ScoringText.DisclosuresComplete
            : string.Format(CultureInfo.CurrentCulture, ScoringText.DisclosuresMissing, string.Join(ScoringText.ListSeparator, missing)));
    }

    /// <inheritdoc />
    public override string? Problem() =>
        Disclosures is { Count: > 0 } && Disclosures.All(d => !string.IsNullOrWhiteSpace(d.Name) && d.Phrases is { Count: > 0 })
            ? null : "a disclosures rule needs at least one disclosure, each with a name and phrases";
}
