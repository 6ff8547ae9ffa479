namespace Hotline.Qa.Audio;

/// <summary>How the energy-based voice activity detector decides what is speech.</summary>
/// <param name="FrameSeconds">Analysis frame length.</param>
/// <param name="FloorDecibels">Frames quieter than this (dBFS) are never speech, however quiet the line is.</param>
/// <param name="AboveNoiseDecibels">A frame is speech when it is this much louder than the channel's noise floor.</param>
/// <param name="BridgeSeconds">Pauses shorter than this inside an utterance do not split it.</param>
/// <param name="MinimumSeconds">Bursts shorter than this (clicks, breaths) are dropped.</param>
public sealed record SpeechDetectorSettings(
    double FrameSeconds = 0.02,
    double FloorDecibels = -45,
    double AboveNoiseDecibels = 12,
    double BridgeSeconds = 0.3,
    double MinimumSeconds = 0.2);
