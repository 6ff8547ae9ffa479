using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>A Chinese sentence espeak-ng (voice cmn) renders for a test, and the WAV a baresip sends it from.</summary>
/// <param name="Speech">The rendered speech, 8 kHz mono.</param>
/// <param name="SourceFile">An 8 kHz mono WAV: silence, the speech, silence.</param>
internal sealed record SpeechClip(short[] Speech, string SourceFile)
{
    /// <summary>Renders the text and writes it padded with <paramref name="leading"/> and <paramref name="trailing"/> silence.</summary>
    public static async Task<SpeechClip> RenderAsync(string text, string folder, TimeSpan leading, TimeSpan trailing)
    {
        var renderer = new EspeakTtsRenderer(new EspeakTtsOptions { CacheDirectory = Path.Combine(folder, "speech-cache") });
        var speech = await renderer.RenderSamplesAsync(text, TestContext.Current.CancellationToken);
        var padded = new short[AudioFormat.SamplesFor(leading) + speech.Length + AudioFormat.SamplesFor(trailing)];
        speech.CopyTo(padded, AudioFormat.SamplesFor(leading));
        var path = Path.Combine(folder, $"speech-{Guid.NewGuid():N}.wav");
        WavWriter.WriteFile(path, padded, 1, AudioFormat.SampleRate);
        return new SpeechClip(speech, path);
    }
}
