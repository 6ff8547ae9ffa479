using Hotline.Qa.Learning;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring;

/// <summary>Turns a scored call into what the quality model reads: item fractions, conversation figures, text, metadata.</summary>
public static class ModelInput
{
    /// <summary>Silences longer than this count as long in the figures (the standard card's dead-air threshold).</summary>
    public const double LongSilenceSeconds = 10;

    /// <summary>The model's features for a call.</summary>
    public static CallFeatures From(CallScore score, ScoringContext context, string queue, DateTimeOffset arrivedAt, int agentTenureDays)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(context);
        var segments = context.Transcript.Segments;
        var timeline = context.Timeline;
        var duration = Math.Max(timeline.Duration, 1);
        double Talk(SpeakerChannel channel) => segments.Where(s => s.Channel == channel).Sum(s => s.End - s.Start) / duration;

        // Response latency: from the end of each caller turn to the agent's next words.
        var ordered = segments.OrderBy(s => s.Start).ToList();
        var latencies = new List<double>();
        for (var i = 0; i < ordered.Count - 1; i++)
        {
            if (ordered[i].Channel == SpeakerChannel.Caller && ordered[i + 1].Channel == SpeakerChannel.Agent)
                latencies.Add(Math.Max(0, ordered[i + 1].Start - ordered[i].End));
        }

        var figures = new ConversationFigures(
            timeline.Duration,
            Talk(SpeakerChannel.Agent),
            Talk(SpeakerChannel.Caller),
            timeline.Silences.Count(s => s.Length > LongSilenceSeconds),
            timeline.Silences.Count == 0 ? 0 : timeline.Silences.Max(s => s.Length),
            timeline.TalkOvers.Sum(t => t.Span.Length),
            timeline.Holds.Sum(h => h.Length),
            latencies.Count == 0 ? 0 : latencies.Average());
        var text = string.Join('\n', ordered.Select(s => s.Text));
        return new CallFeatures(score.CallId, score.Items.ToDictionary(i => i.ItemId, i => i.Fraction, StringComparer.Ordinal), figures, text, queue,
            arrivedAt.ToOffset(TimeSpan.FromHours(8)).Hour, agentTenureDays);
    }
}
