namespace Hotline.Qa.Audio;

/// <summary>Computes <see cref="ConversationMetrics"/> from each channel's speech spans.</summary>
public sealed class ConversationAnalyzer(ConversationMetricsSettings settings)
{
    /// <summary>An analyzer with the default thresholds.</summary>
    public ConversationAnalyzer()
        : this(new ConversationMetricsSettings())
    {
    }

    /// <summary>The metrics of a call; <paramref name="holdEvents"/> are the call's own holds (null when unknown).</summary>
    public ConversationMetrics Analyze(IReadOnlyList<SpeechSpan> caller, IReadOnlyList<SpeechSpan> agent, double duration, IReadOnlyList<SpeechSpan>? holdEvents = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(agent);
        var callerTalk = caller.Sum(s => s.Length);
        var agentTalk = agent.Sum(s => s.Length);
        var talkOvers = Overlaps(caller, agent);
        var gaps = MutualSilences(Union(caller, agent));

        List<SpeechSpan> holds;
        List<SpeechSpan> silences;
        if (holdEvents is not null)
        {
            holds = [.. holdEvents];
            silences = [.. gaps.SelectMany(g => g.Without(holds)).Where(g => g.Length > settings.SilenceSeconds)];
        }
        else
        {
            holds = [.. gaps.Where(g => g.Length >= settings.InferredHoldSeconds)];
            silences = [.. gaps.Where(g => g.Length > settings.SilenceSeconds && g.Length < settings.InferredHoldSeconds)];
        }

        var total = callerTalk + agentTalk;
        return new ConversationMetrics(duration, callerTalk, agentTalk, total == 0 ? 0 : agentTalk / total, silences, talkOvers, holds,
            ResponseLatencies(caller, agent));
    }

    private static List<SpeechSpan> Overlaps(IReadOnlyList<SpeechSpan> a, IReadOnlyList<SpeechSpan> b)
    {
        var result = new List<SpeechSpan>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (end > start)
                result.Add(new SpeechSpan(start, end));
            if (a[i].End < b[j].End)
                i++;
            else
                j++;
        }

        return result;
    }

    private static List<SpeechSpan> Union(IReadOnlyList<SpeechSpan> a, IReadOnlyList<SpeechSpan> b)
    {
        var merged = new List<SpeechSpan>();
        foreach (var span in a.Concat(b).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            else
                merged.Add(span);
        }

        return merged;
    }

    // Only between speech: the ring-back before the first word and the line after the last are not dead air.
    private static List<SpeechSpan> MutualSilences(List<SpeechSpan> speech)
    {
        var gaps = new List<SpeechSpan>();
        for (var i = 1; i < speech.Count; i++)
            gaps.Add(new SpeechSpan(speech[i - 1].End, speech[i].Start));
        return gaps;
    }

    private List<double> ResponseLatencies(IReadOnlyList<SpeechSpan> caller, IReadOnlyList<SpeechSpan> agent)
    {
        var latencies = new List<double>();
        for (var i = 0; i < caller.Count; i++)
        {
            var turnEnd = caller[i].End;
            // The caller's turn goes on while the next caller span follows closely.
            if (i + 1 < caller.Count && caller[i + 1].Start - turnEnd < settings.TurnGapSeconds)
                continue;
            var next = agent.FirstOrDefault(a => a.Start >= turnEnd);
            var nextCaller = i + 1 < caller.Count ? caller[i + 1].Start : double.MaxValue;
            // An agent who starts after the caller spoke again did not answer this turn.
            if (next.End > next.Start && next.Start < nextCaller)
                latencies.Add(next.Start - turnEnd);
        }

        return latencies;
    }
}
