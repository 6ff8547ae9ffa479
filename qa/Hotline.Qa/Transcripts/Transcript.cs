namespace Hotline.Qa.Transcripts;

/// <summary>What was said on a call, per channel, in call time.</summary>
public sealed record Transcript(string CallId, IReadOnlyList<TranscriptSegment> Segments)
{
    /// <summary>The analytics events for every segment, in time order.</summary>
    public IReadOnlyList<Grains.Abstractions.Events.IDomainEvent> ToEvents(DateTimeOffset callArrivedAt) =>
        [.. Segments.OrderBy(s => s.Start).ThenBy(s => s.Channel).Select((s, i) => s.ToEvent(CallId, callArrivedAt, i))];
}
