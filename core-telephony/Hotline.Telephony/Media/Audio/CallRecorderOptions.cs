namespace Hotline.Telephony.Media.Audio;

/// <summary>How a <see cref="CallRecorder"/> lays out and protects its file.</summary>
public sealed record CallRecorderOptions
{
    /// <summary>How much audio may be written before the WAV sizes are rewritten (a crash loses at most this much).</summary>
    public TimeSpan HeaderUpdateInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Also force the data to the disk at each header update (survives a power loss, costs an fsync).</summary>
    public bool FlushToDisk { get; init; }

    /// <summary>The time zone whose calendar date names the yyyy/MM/dd folders; the local zone when null.</summary>
    public TimeZoneInfo? TimeZone { get; init; }
}
