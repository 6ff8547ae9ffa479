using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>标准结束语: the agent says one of the closing phrases within the last seconds of the agent's speech.</summary>
/// <param name="Phrases">Accepted closings, e.g. "感谢您的来电", "再见".</param>
/// <param name="WithinSeconds">Counted back from the end of the agent's last words.</param>
public sealed record ClosingRule(IReadOnlyList<string> Phrases, double WithinSeconds = 30) : AgentPhraseWindowRule(Phrases, WithinSeconds)
{
    /// <inheritdoc />
    protected override string MissingNote => ScoringText.ClosingMissing;

    /// <inheritdoc />
    protected override bool FromEnd => true;

    /// <inheritdoc />
    protected override IEnumerable<TranscriptSegment> Window(IReadOnlyList<TranscriptSegment> agent)
    {
        var end = agent.Max(s => s.End);
        return agent.Where(s => s.End >= end - WithinSeconds);
    }
}
