namespace Hotline.Telephony.Media.Audio;

/// <summary>Plays a buffer over and over without a gap at the seam (music on hold); never ends.</summary>
public sealed class LoopingAudioSource : IAudioSource
{
    private readonly ReadOnlyMemory<short> _samples;
    private int _position;

    /// <summary>Creates a looping source over a non-empty buffer, which it does not copy.</summary>
    public LoopingAudioSource(ReadOnlyMemory<short> samples)
    {
        if (samples.IsEmpty)
        {
            throw new ArgumentException("Music on hold needs at least one sample.", nameof(samples));
        }

        _samples = samples;
    }

    /// <inheritdoc />
    public bool ReadFrame(Span<short> frame)
    {
        var source = _samples.Span;
        var written = 0;
        while (written < frame.Length)
        {
            var count = Math.Min(source.Length - _position, frame.Length - written);
            source.Slice(_position, count).CopyTo(frame[written..]);
            written += count;
            _position = (_position + count) % source.Length;
        }

        return true;
    }
}
