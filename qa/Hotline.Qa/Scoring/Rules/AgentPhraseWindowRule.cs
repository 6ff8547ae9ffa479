using System.Globalization;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>The agent says one of the phrases inside a window of the agent's own speech (the opening's first seconds, the closing's last).</summary>
public abstract record AgentPhraseWindowRule(IReadOnlyList<string> Phrases, double WithinSeconds) : ScoreRule
{
    /// <summary>The note when no phrase was said ({0} = the window's seconds).</summary>
    protected abstract string MissingNote { get; }

    /// <summary>The agent's segments (time order, at least one) that fall in the window.</summary>
    protected abstract IEnumerable<TranscriptSegment> Window(IReadOnlyList<TranscriptSegment> agent);

    /// <summary>True: the last hit is the evidence (and the last agent segment when none); false: the first.</summary>
    protected abstract bool FromEnd { get; }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agent = context.Transcript.Segments.Where(s => s.Channel == SpeakerChannel.Agent).OrderBy(s => s.Start).ToList();
        var missing = string.Format(CultureInfo.CurrentCulture, MissingNote, WithinSeconds);
        if (agent.Count == 0)
            return new RuleOutcome(0, [], missing);
        var window = Window(agent).ToList();
        var hit = FromEnd ? PhraseMatcher.Last(window, Phrases) : PhraseMatcher.First(window, Phrases);
        return hit is { } said
            ? new RuleOutcome(1, [PhraseMatcher.Evidence(said.Segment)], string.Format(CultureInfo.CurrentCulture, ScoringText.PhraseSaid, said.Phrase))
            : new RuleOutcome(0, [PhraseMatcher.Evidence(FromEnd ? agent[^1] : agent[0])], missing);
    }

    /// <inheritdoc />
    public override string? Problem() => Phrases is { Count: > 0 } && WithinSeconds > 0 ? null : "the phrases list is empty or withinSeconds is not positive";
}
