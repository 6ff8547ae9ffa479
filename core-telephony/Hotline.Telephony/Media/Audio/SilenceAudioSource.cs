namespace Hotline.Telephony.Media.Audio;

/// <summary>Silence, for a fixed time or (without a duration) for ever.</summary>
public sealed class SilenceAudioSource : IAudioSource
{
    private long _remaining;

    /// <summary>Creates silence of a duration, or endless silence when <paramref name="duration"/> is null.</summary>
    public SilenceAudioSource(TimeSpan? duration = null)
    {
        if (duration is { } d)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(d, TimeSpan.Zero, nameof(duration));
            _remaining = AudioFormat.SamplesFor(d);
        }
        else
        {
            _remaining = long.MaxValue;
        }
    }

    /// <inheritdoc />
    public bool ReadFrame(Span<short> frame)
    {
        frame.Clear();
        if (_remaining <= 0)
        {
            return false;
        }

        _remaining -= Math.Min(_remaining, frame.Length);
        return true;
    }
}
