namespace Hotline.Telephony.Media.Audio;

/// <summary>A tone (one or two frequencies) for a fixed time or for ever, e.g. the beep before voicemail.</summary>
public sealed class ToneAudioSource : IAudioSource
{
    private readonly ToneGenerator _generator;
    private long _remaining;

    /// <summary>Creates a tone source; a null duration plays for ever.</summary>
    public ToneAudioSource(ToneGenerator generator, TimeSpan? duration = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
        _remaining = duration is { } d ? AudioFormat.SamplesFor(d) : long.MaxValue;
    }

    /// <inheritdoc />
    public bool ReadFrame(Span<short> frame)
    {
        if (_remaining <= 0)
        {
            frame.Clear();
            return false;
        }

        var count = (int)Math.Min(_remaining, frame.Length);
        _generator.Generate(frame[..count]);
        frame[count..].Clear();
        _remaining -= count;
        return true;
    }
}
