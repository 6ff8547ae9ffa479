namespace Hotline.Telephony.Media.Audio;

/// <summary>The media engine's internal audio format: 8 kHz 16-bit mono PCM in 20 ms frames.</summary>
public static class AudioFormat
{
    /// <summary>Samples per second.</summary>
    public const int SampleRate = 8000;

    /// <summary>Samples in one 20 ms frame.</summary>
    public const int FrameSamples = 160;

    /// <summary>Length of one frame.</summary>
    public static TimeSpan FrameDuration { get; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The number of samples covering a duration at 8 kHz, rounded to the nearest sample.</summary>
    public static int SamplesFor(TimeSpan duration) => (int)Math.Round(duration.TotalSeconds * SampleRate);

    /// <summary>The duration of a number of samples at 8 kHz.</summary>
    public static TimeSpan DurationOf(long samples) => TimeSpan.FromTicks(samples * TimeSpan.TicksPerSecond / SampleRate);
}
