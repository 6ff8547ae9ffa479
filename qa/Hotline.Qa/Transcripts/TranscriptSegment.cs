using Hotline.Grains.Abstractions.Events;

namespace Hotline.Qa.Transcripts;

/// <summary>One recognised utterance of one channel, timed in seconds from the start of the call's recording.</summary>
/// <param name="Confidence">The recogniser's confidence (0–1); 1 for transcripts given as data.</param>
public sealed record TranscriptSegment(SpeakerChannel Channel, double Start, double End, string Text, double Confidence = 1)
{
    /// <summary>The analytics event for this segment, the <paramref name="index"/>-th of the call.</summary>
    public Grains.Abstractions.Events.TranscriptSegment ToEvent(string callId, DateTimeOffset callArrivedAt, int index) => new()
    {
        EventId = EventIdFor(callId, index),
        CallId = callId,
        CallArrivedAt = callArrivedAt,
        Index = index,
        Speaker = Channel == SpeakerChannel.Agent ? "agent" : "caller",
        StartSeconds = Start,
        EndSeconds = End,
        Text = Text,
        Confidence = Confidence,
    };

    // Derived from the call and position so that a retried transcription re-sends the same ids and the outbox skips them.
    private static Guid EventIdFor(string callId, int index)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"transcript:{callId}:{index}"));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
