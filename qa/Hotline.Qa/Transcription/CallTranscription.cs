using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Transcription;

/// <summary>What the pipeline learnt about one call: the transcript (null without a model), the audio-only metrics and each channel's speech.</summary>
/// <param name="Transcript">Both channels' segments; null when no model is configured.</param>
/// <param name="Metrics">Talk, silence, talk-over, hold and latency figures from the audio.</param>
/// <param name="CallerSpeech">Where the caller's channel carried speech (the timing rules read it when there is no transcript).</param>
/// <param name="AgentSpeech">Where the agent's channel carried speech.</param>
public sealed record CallTranscription(Transcript? Transcript, ConversationMetrics Metrics, IReadOnlyList<SpeechSpan>? CallerSpeech = null, IReadOnlyList<SpeechSpan>? AgentSpeech = null)
{
    /// <summary>The speech of both channels as segments without text: what the timing rules read when nothing was transcribed.</summary>
    public Transcript SpeechOnly(string callId) => new(callId,
        [.. (CallerSpeech ?? []).Select(s => new TranscriptSegment(SpeakerChannel.Caller, s.Start, s.End, ""))
            .Concat((AgentSpeech ?? []).Select(s => new TranscriptSegment(SpeakerChannel.Agent, s.Start, s.End, "")))
            .OrderBy(s => s.Start)]);
}
