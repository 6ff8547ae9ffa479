using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring;

/// <summary>What the rules read about one call.</summary>
/// <param name="Transcript">Both channels' segments.</param>
/// <param name="Timeline">Silences, talk-over and holds.</param>
/// <param name="Ticket">The ticket's fields when the call produced one (field → value), else null.</param>
/// <param name="HasText">False when the segments are speech detected without a model (no words): items that read text are not scored.</param>
public sealed record ScoringContext(Transcript Transcript, ConversationTimeline Timeline, IReadOnlyDictionary<string, string>? Ticket = null, bool HasText = true)
{
    /// <summary>A context whose timeline is derived from the transcript alone (plus known holds).</summary>
    public static ScoringContext From(Transcript transcript, IReadOnlyList<SpeechSpan>? holds = null, IReadOnlyDictionary<string, string>? ticket = null, bool hasText = true) =>
        new(transcript, ConversationTimeline.FromTranscript(transcript, holds ?? []), ticket, hasText);
}
