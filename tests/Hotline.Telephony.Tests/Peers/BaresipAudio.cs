namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// What a baresip peer sends (a sine tone from ausine, or an 8 kHz mono WAV from aufile) and whether it keeps what it
/// sends and hears as WAV files (the sndfile filter's dumps, read back with <see cref="Baresip.ReadHeard"/>).
/// </summary>
internal sealed record BaresipAudio
{
    /// <summary>A 440 Hz tone, nothing kept: what every peer used before the audio options existed.</summary>
    public static BaresipAudio Default { get; } = new();

    /// <summary>The ausine tone in Hz (10–20000) when there is no <see cref="SourceFile"/>.</summary>
    public int SineFrequency { get; init; } = 440;

    /// <summary>
    /// An 8 kHz mono 16-bit WAV sent once. baresip 1.0's aufile ends the call (BYE) within a second of reaching the end
    /// of the file, so pad it with enough silence to outlast what the test listens to.
    /// </summary>
    public string? SourceFile { get; init; }

    /// <summary>Keep what the peer sends and hears (sndfile dumps in its folder).</summary>
    public bool Record { get; init; }

    /// <summary>A recording peer that sends a tone of <paramref name="frequency"/> Hz.</summary>
    public static BaresipAudio RecordingSine(int frequency) => new() { SineFrequency = frequency, Record = true };

    /// <summary>A recording peer that sends an 8 kHz mono WAV once.</summary>
    public static BaresipAudio RecordingFile(string path) => new() { SourceFile = path, Record = true };
}
