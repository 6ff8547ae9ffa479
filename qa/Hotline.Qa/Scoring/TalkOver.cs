using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring;

/// <summary>Both parties speaking at once, and who started speaking over the other.</summary>
/// <param name="Span">When both spoke.</param>
/// <param name="Interrupter">The channel that started while the other was speaking.</param>
/// <param name="Text">What the interrupter said.</param>
public sealed record TalkOver(SpeechSpan Span, SpeakerChannel Interrupter, string Text);
