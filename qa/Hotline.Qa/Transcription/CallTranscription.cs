using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Transcription;

/// <summary>What the pipeline learnt about one call: the transcript (null without a model) and the audio-only metrics.</summary>
public sealed record CallTranscription(Transcript? Transcript, ConversationMetrics Metrics);
