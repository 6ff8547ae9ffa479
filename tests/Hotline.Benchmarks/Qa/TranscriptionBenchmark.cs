using System.Diagnostics;
using System.Globalization;
using Hotline.Qa.Audio;
using Hotline.Qa.Tests.Transcription;
using Hotline.Qa.Transcription;
using Hotline.Qa.Transcripts;

namespace Hotline.Benchmarks.Qa;

/// <summary>
/// The transcription half of <c>./hotline bench qa</c>: the real Whisper.net pipeline (read, speech detection, 8→16 kHz, per-channel
/// decoding of the speech windows) with random-weight models of the tiny and base shapes on 2 threads, over a generated speech-like
/// call. Real-time factor = wall time ÷ call duration. References in the same run: the speech detector alone over the same call,
/// and (tiny) each channel decoded whole instead of only its speech windows.
/// </summary>
/// <remarks>HOTLINE_BENCH_QA_AUDIO_SECONDS (default 30) sets the call's length; a model whose run would pass the time budget
/// (<see cref="Budget"/>, so the whole benchmark stays under 3 minutes) or its deadline is reported as not available, with the reason. Random weights decode as fast as trained ones of
/// the same shape per token, but the text they emit is noise: the figure is the compute cost, not accuracy.</remarks>
internal sealed class TranscriptionBenchmark(BenchReport report, string folder)
{
    private const int Threads = 2;

    /// <summary>Transcription runs start only while less than this has been spent.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    public async Task RunAsync()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("HOTLINE_BENCH_QA_AUDIO_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 30;
        var spent = Stopwatch.StartNew();
        var wav = Path.Combine(folder, "call.wav");
        await File.WriteAllBytesAsync(wav, SpeechLikeAudio.Conversation(seconds, 8000, seed: 1));

        var detection = await DetectionAsync(wav, seconds);
        var speechWindows = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, shape) in new[] { ("tiny", GgmlWhisperModel.Tiny), ("base", GgmlWhisperModel.Base) })
        {
            if (spent.Elapsed > Budget)
            {
                report.NotAvailable($"transcription_rtf_{name}", "x_realtime", $"time budget of {Budget.TotalSeconds:F0} s spent (machine load {LoadAverage.Read()?.OneMinute:F1})");
                continue;
            }

            var settings = new TranscriptionSettings { WhisperModel = Path.Combine(folder, $"ggml-{name}-random.bin"), Threads = Threads, DeadlineBaseSeconds = 30, DeadlinePerSpeechSecond = 3 };
            shape.Write(settings.WhisperModel);
            using var whisper = WhisperChannelTranscriber.Load(settings);
            var transcriber = new CallTranscriber(whisper, settings, new SpeechDetector(), new ConversationAnalyzer());
            var watch = Stopwatch.StartNew();
            CallTranscription result;
            try
            {
                result = await transcriber.TranscribeAsync("bench", wav, null, CancellationToken.None);
            }
            catch (TimeoutException ex)
            {
                report.NotAvailable($"transcription_rtf_{name}", "x_realtime", ex.Message);
                continue;
            }

            var rtf = watch.Elapsed.TotalSeconds / seconds;
            report.Progress($"{name}: {seconds} s call ({result.Metrics.CallerTalkSeconds + result.Metrics.AgentTalkSeconds:F0} s of speech) in {watch.Elapsed.TotalSeconds:F1} s, {result.Transcript?.Segments.Count} segments");
            report.AddVersus($"transcription_rtf_{name}", rtf, "x_realtime", "speech_detection_only", detection);
            report.Add($"call_hours_per_hour_per_core_{name}", 1 / (rtf * Threads), "call_h/h/core");
            speechWindows[name] = rtf;
        }

        // The costliest reference last, so both models are measured first.
        if (speechWindows.TryGetValue("tiny", out var tiny) && spent.Elapsed < Budget)
        {
            using var whisper = WhisperChannelTranscriber.Load(new TranscriptionSettings { WhisperModel = Path.Combine(folder, "ggml-tiny-random.bin"), Threads = Threads });
            report.AddVersus("speech_windows_rtf_tiny", tiny, "x_realtime", "whole_channels_tiny", await WholeChannelsAsync(whisper, wav, seconds));
        }
        else
        {
            report.NotAvailable("speech_windows_rtf_tiny", "x_realtime", $"time budget of {Budget.TotalSeconds:F0} s spent (machine load {LoadAverage.Read()?.OneMinute:F1})");
        }
    }

    private async Task<double> DetectionAsync(string wav, int seconds)
    {
        var transcriber = new CallTranscriber(null, new TranscriptionSettings(), new SpeechDetector(), new ConversationAnalyzer());
        await transcriber.TranscribeAsync("warm-up", wav, null, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var result = await transcriber.TranscribeAsync("bench", wav, null, CancellationToken.None);
        report.Progress($"speech detection alone: {watch.Elapsed.TotalMilliseconds:F0} ms; caller {result.Metrics.CallerTalkSeconds:F0} s, agent {result.Metrics.AgentTalkSeconds:F0} s of speech");
        return watch.Elapsed.TotalSeconds / seconds;
    }

    // Both channels decoded end to end (28 s windows over everything), as a recogniser without speech detection would.
    private async Task<double> WholeChannelsAsync(WhisperChannelTranscriber whisper, string wav, int seconds)
    {
        var watch = Stopwatch.StartNew();
        var recording = WavReader.ReadStereo(wav);
        SpeechSpan[] all = [new(0, recording.Duration)];
        var segments = (await whisper.TranscribeAsync(Upsampler.Upsample(recording.Caller), all, SpeakerChannel.Caller, CancellationToken.None)).Count
            + (await whisper.TranscribeAsync(Upsampler.Upsample(recording.Agent), all, SpeakerChannel.Agent, CancellationToken.None)).Count;
        report.Progress($"tiny, whole channels: {watch.Elapsed.TotalSeconds:F1} s, {segments} segments");
        return watch.Elapsed.TotalSeconds / seconds;
    }
}
