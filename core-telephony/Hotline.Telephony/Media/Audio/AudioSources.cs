namespace Hotline.Telephony.Media.Audio;

/// <summary>Ready-made frame sources: prompts from WAV files or TTS, silence, tones and music on hold.</summary>
public static class AudioSources
{
    /// <summary>A WAV prompt played once (converted to 8 kHz mono; see <see cref="WavReader.ReadPrompt"/>).</summary>
    public static PcmAudioSource FromWavFile(string path) => new(WavReader.ReadPrompt(path));

    /// <summary>A text rendered by TTS, played once.</summary>
    public static async Task<PcmAudioSource> FromTextAsync(ITtsRenderer renderer, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return FromWavFile(await renderer.RenderAsync(text, cancellationToken));
    }

    /// <summary>A WAV file looped for ever (music on hold).</summary>
    public static LoopingAudioSource MusicOnHold(string path) => new(WavReader.ReadPrompt(path));

    /// <summary>Silence, for a time or for ever.</summary>
    public static SilenceAudioSource Silence(TimeSpan? duration = null) => new(duration);

    /// <summary>A single tone, e.g. the 1 kHz beep before voicemail.</summary>
    public static ToneAudioSource Tone(double frequency, TimeSpan? duration, double levelDbm0 = -10) =>
        new(new ToneGenerator(frequency, levelDbm0), duration);

    /// <summary>Sources played one after the other.</summary>
    public static SequenceAudioSource Sequence(params IAudioSource[] sources) => new(sources);
}
