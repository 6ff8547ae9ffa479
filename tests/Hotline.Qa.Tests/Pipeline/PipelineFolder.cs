using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Hosting;
using Hotline.Qa.Tests.Audio;
using Hotline.Qa.Tests.Transcription;
using Hotline.Qa.Transcription;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>A temporary data folder with recordings and, when asked, a generated ggml model: what a QA pipeline runs over.</summary>
internal sealed class PipelineFolder : IDisposable
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("hotline-qa-pipeline-").FullName;

    /// <summary>Agent speaks 1–4 s, then 13 s of silence, caller 17–20 s, agent again 21–23 s (24 s, 8 kHz stereo).</summary>
    public static byte[] ConversationWithDeadAir() =>
        TestAudio.Wav(8000, TestAudio.Channel(24, 8000, (17, 20)), TestAudio.Channel(24, 8000, (1, 4), (21, 23)));

    /// <summary>Writes a recording under recordings/ and returns its path relative to the data folder (as CDRs name it).</summary>
    public string Record(string callId, byte[] wav)
    {
        var relative = Path.Combine("recordings", "2026", "11", "28", callId + ".wav");
        var path = Path.Combine(DataDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, wav);
        return relative;
    }

    /// <summary>Transcription settings; with <paramref name="model"/> a random-weight ggml model of that shape is generated and configured.</summary>
    public TranscriptionSettings Transcription(GgmlWhisperModel? model)
    {
        if (model is null)
            return new TranscriptionSettings();
        var path = Path.Combine(DataDir, "models", "ggml-test.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
            model.Write(path);
        return new TranscriptionSettings { WhisperModel = path, Threads = 2 };
    }

    public QaPipeline Open(GgmlWhisperModel? model, IEventOutbox? outbox, QaSettings? settings = null) =>
        QaPipeline.Open(DataDir, Transcription(model), settings ?? new QaSettings(), outbox, TimeProvider.System);

    public void Dispose() => Directory.Delete(DataDir, recursive: true);
}
