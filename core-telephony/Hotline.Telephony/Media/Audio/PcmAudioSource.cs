namespace Hotline.Telephony.Media.Audio;

/// <summary>Plays a buffer of 8 kHz mono samples once (a prompt or rendered TTS).</summary>
public sealed class PcmAudioSource : IAudioSource
{
    private readonly ReadOnlyMemory<short> _samples;

    /// <summary>Creates a source over samples that it does not copy.</summary>
    public PcmAudioSource(ReadOnlyMemory<short> samples) => _samples = samples;

    /// <summary>Samples played so far.</summary>
    public int Position { get; private set; }

    /// <summary>Total samples.</summary>
    public int Length => _samples.Length;

    /// <summary>The length of the audio.</summary>
    public TimeSpan Duration => AudioFormat.DurationOf(_samples.Length);

    /// <inheritdoc />
    public bool ReadFrame(Span<short> frame)
    {
        var remaining = _samples.Span[Position..];
        if (remaining.IsEmpty)
        {
            frame.Clear();
            return false;
        }

        var count = Math.Min(remaining.Length, frame.Length);
        remaining[..count].CopyTo(frame);
        frame[count..].Clear();
        Position += count;
        return true;
    }

    /// <summary>Starts again from the beginning.</summary>
    public void Rewind() => Position = 0;
}
