namespace Hotline.Telephony.Media.Audio;

/// <summary>Plays several sources one after the other (a prompt, then a TTS sentence, then a beep).</summary>
/// <remarks>Each source's last partial frame is padded with silence, so joins fall on frame boundaries.</remarks>
public sealed class SequenceAudioSource : IAudioSource
{
    private readonly IAudioSource[] _sources;
    private int _current;

    /// <summary>Creates a sequence over the given sources.</summary>
    public SequenceAudioSource(IEnumerable<IAudioSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = [.. sources];
    }

    /// <inheritdoc />
    public bool ReadFrame(Span<short> frame)
    {
        while (_current < _sources.Length)
        {
            if (_sources[_current].ReadFrame(frame))
            {
                return true;
            }

            _current++;
        }

        frame.Clear();
        return false;
    }
}
