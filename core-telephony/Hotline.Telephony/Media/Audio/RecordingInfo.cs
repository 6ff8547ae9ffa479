namespace Hotline.Telephony.Media.Audio;

/// <summary>What a finished call recording holds, for the call's record.</summary>
/// <param name="CallId">The call the recording belongs to.</param>
/// <param name="FilePath">The WAV file.</param>
/// <param name="Start">When recording started.</param>
/// <param name="End">When recording finished.</param>
/// <param name="Duration">Length of the audio written.</param>
/// <param name="Channels">Channel count (2: left caller, right agent side).</param>
/// <param name="SampleRate">Samples per second.</param>
/// <param name="Frames">Samples written per channel.</param>
/// <param name="Truncated">True when audio was dropped because the file reached the 4 GiB WAV limit.</param>
public sealed record RecordingInfo(
    string CallId,
    string FilePath,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Duration,
    int Channels,
    int SampleRate,
    long Frames,
    bool Truncated);
