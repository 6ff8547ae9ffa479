using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring;

/// <summary>A transcript span an item's score rests on: the inspector clicks it to hear that part of the recording.</summary>
/// <param name="Channel">Who spoke; null for a span where nobody did (dead air).</param>
/// <param name="Start">Seconds from the start of the recording.</param>
/// <param name="End">Seconds from the start of the recording.</param>
/// <param name="Text">What was said (empty for silence).</param>
public sealed record Evidence(SpeakerChannel? Channel, double Start, double End, string Text);
