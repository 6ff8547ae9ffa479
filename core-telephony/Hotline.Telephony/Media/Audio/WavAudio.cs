namespace Hotline.Telephony.Media.Audio;

/// <summary>Decoded WAV audio: the file's format and its samples as 16-bit PCM, interleaved when multi-channel.</summary>
public sealed record WavAudio(WavFormat Format, short[] Samples)
{
    /// <summary>Samples per channel.</summary>
    public int FrameCount => Samples.Length / Format.Channels;

    /// <summary>Length of the audio.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks((long)FrameCount * TimeSpan.TicksPerSecond / Format.SampleRate);

    /// <summary>One channel's samples (0 = left).</summary>
    public short[] Channel(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Format.Channels);
        var result = new short[FrameCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Samples[(i * Format.Channels) + index];
        }

        return result;
    }
}
