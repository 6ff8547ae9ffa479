using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>标准开场白: the agent says one of the greeting phrases within the first seconds of speaking.</summary>
/// <param name="Phrases">Accepted greetings, e.g. "您好", "很高兴为您服务".</param>
/// <param name="WithinSeconds">Counted from the agent's first words.</param>
public sealed record OpeningRule(IReadOnlyList<string> Phrases, double WithinSeconds = 15) : AgentPhraseWindowRule(Phrases, WithinSeconds)
{
    /// <inheritdoc />
    protected override string MissingNote => ScoringText.OpeningMissing;

    /// <inheritdoc />
    protected override bool FromEnd => false;

    /// <inheritdoc />
    protected override IEnumerable<TranscriptSegment> Window(IReadOnlyList<TranscriptSegment> agent) => agent.Where(s => s.Start <= agent[0].Start + WithinSeconds);
}
