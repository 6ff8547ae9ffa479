using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;
using Whisper.net;

namespace Hotline.Qa.Transcription;

/// <summary>Transcribes the speech spans of one 16 kHz channel with a loaded Whisper model, timing segments in call time.</summary>
public sealed class WhisperChannelTranscriber : IDisposable
{
    /// <summary>The sample rate Whisper accepts.</summary>
    public const int SampleRate = 16000;

    private readonly WhisperFactory factory;
    private readonly TranscriptionSettings settings;

    private WhisperChannelTranscriber(WhisperFactory factory, TranscriptionSettings settings)
    {
        this.factory = factory;
        this.settings = settings;
    }

    /// <summary>Loads the model at <see cref="TranscriptionSettings.WhisperModel"/>; a missing or unloadable file throws <see cref="WhisperModelException"/>.</summary>
    public static WhisperChannelTranscriber Load(TranscriptionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.WhisperModel;
        if (string.IsNullOrWhiteSpace(path))
            throw new WhisperModelException($"No Whisper model is configured ({TranscriptionSettings.SectionName}:WhisperModel is empty).");
        if (!File.Exists(path))
            throw new WhisperModelException($"The Whisper model '{path}' ({TranscriptionSettings.SectionName}:WhisperModel) does not exist.");
        try
        {
            // Building a processor loads the model now, so a corrupt file fails here, with its path, rather than on the first call.
            var factory = WhisperFactory.FromPath(path, new WhisperFactoryOptions { DelayInitialization = false });
            try
            {
                factory.CreateBuilder().Build().Dispose();
            }
            catch
            {
                factory.Dispose();
                throw;
            }

            return new WhisperChannelTranscriber(factory, settings);
        }
        catch (WhisperModelLoadException ex)
        {
            throw new WhisperModelException($"The Whisper model '{path}' could not be loaded: it is not a valid ggml Whisper model.", ex);
        }
    }

    /// <summary>The segments Whisper finds in <paramref name="spans"/> of <paramref name="samples"/> (16 kHz), on <paramref name="channel"/>.</summary>
    public async Task<IReadOnlyList<TranscriptSegment>> TranscribeAsync(
        float[] samples, IReadOnlyList<SpeechSpan> spans, SpeakerChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(spans);
        var segments = new List<TranscriptSegment>();
        await using var processor = factory.CreateBuilder()
            .WithLanguage(settings.Language)
            .WithThreads(settings.Threads)
            // Fallback re-decoding at higher temperatures made hard audio 2.5x slower than real time.
            .WithTemperatureInc(0)
            .WithNoContext()
            .WithProbabilities()
            .Build();
        foreach (var window in SpeechWindows.Merge(spans, settings.MaxWindowSeconds))
        {
            var first = Math.Clamp((int)(window.Start * SampleRate), 0, samples.Length);
            var last = Math.Clamp((int)Math.Ceiling(window.End * SampleRate), first, samples.Length);
            if (last - first < SampleRate / 10)
                continue;
            await foreach (var segment in processor.ProcessAsync(samples.AsMemory(first, last - first), cancellationToken))
            {
                var text = segment.Text.Trim();
                if (text.Length == 0)
                    continue;
                var start = window.Start + segment.Start.TotalSeconds;
                var end = Math.Min(window.End, window.Start + segment.End.TotalSeconds);
                segments.Add(new TranscriptSegment(channel, start, Math.Max(start, end), text, Math.Clamp(segment.Probability, 0, 1)));
            }
        }

        return segments;
    }

    /// <summary>Releases the native model.</summary>
    public void Dispose() => factory.Dispose();
}
