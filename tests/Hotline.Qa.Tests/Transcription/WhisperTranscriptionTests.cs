using Hotline.Qa.Audio;
using Hotline.Qa.Tests.Audio;
using Hotline.Qa.Transcription;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Tests.Transcription;

/// <summary>The real Whisper.net path with a generated random-weight model: structure, timing and errors, never text.</summary>
[Trait("Category", "Integration")]
public sealed class WhisperTranscriptionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-whisper-").FullName;

    private string ModelPath => Path.Combine(folder, "ggml-small-random.bin");

    private TranscriptionSettings Settings() => new() { WhisperModel = ModelPath, Threads = 2 };

    [Fact]
    public async Task Each_channel_is_transcribed_only_in_its_speech_with_segments_in_call_time()
    {
        GgmlWhisperModel.Small.Write(ModelPath);
        var wav = Path.Combine(folder, "call.wav");
        File.WriteAllBytes(wav, TestAudio.Wav(8000,
            TestAudio.Channel(20, 8000, (12, 15)),
            TestAudio.Channel(20, 8000, (2, 5))));
        using var whisper = WhisperChannelTranscriber.Load(Settings());
        var transcriber = new CallTranscriber(whisper, Settings(), new SpeechDetector(), new ConversationAnalyzer());

        var result = await transcriber.TranscribeAsync("call-1", wav, null, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Transcript);
        Assert.Equal("call-1", result.Transcript.CallId);
        Assert.NotEmpty(result.Transcript.Segments);
        Assert.All(result.Transcript.Segments, s =>
        {
            var (from, to) = s.Channel == SpeakerChannel.Agent ? (2.0, 5.0) : (12.0, 15.0);
            Assert.InRange(s.Start, from - 0.1, to + 0.1);
            Assert.InRange(s.End, s.Start, to + 0.1);
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
        });
        Assert.Contains(result.Transcript.Segments, s => s.Channel == SpeakerChannel.Agent);
        Assert.Contains(result.Transcript.Segments, s => s.Channel == SpeakerChannel.Caller);
        Assert.Equal(3, result.Metrics.AgentTalkSeconds, 0.1);
    }

    [Fact]
    public async Task A_silent_recording_gives_an_empty_transcript_without_decoding()
    {
        GgmlWhisperModel.Small.Write(ModelPath);
        var wav = Path.Combine(folder, "silent.wav");
        File.WriteAllBytes(wav, TestAudio.Wav(8000, new float[80000], new float[80000]));
        using var whisper = WhisperChannelTranscriber.Load(Settings());

        var result = await new CallTranscriber(whisper, Settings(), new SpeechDetector(), new ConversationAnalyzer())
            .TranscribeAsync("silent", wav, null, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Transcript);
        Assert.Empty(result.Transcript.Segments);
    }

    [Fact]
    public async Task Cancellation_stops_decoding()
    {
        GgmlWhisperModel.Small.Write(ModelPath);
        using var whisper = WhisperChannelTranscriber.Load(Settings());
        var samples = Upsampler.Upsample(TestAudio.Channel(20, 8000, (0, 20)));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            whisper.TranscribeAsync(samples, [new SpeechSpan(0, 20)], SpeakerChannel.Agent, cancelled.Token));
    }

    [Fact]
    public void A_missing_model_is_named_in_the_error()
    {
        var error = Assert.Throws<WhisperModelException>(() => WhisperChannelTranscriber.Load(Settings()));

        Assert.Contains(ModelPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_configured_model_names_the_setting()
    {
        var error = Assert.Throws<WhisperModelException>(() => WhisperChannelTranscriber.Load(new TranscriptionSettings()));

        Assert.Contains("Hotline:Qa:WhisperModel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_model_is_a_clear_error()
    {
        GgmlWhisperModel.Small.Write(ModelPath);
        var bytes = File.ReadAllBytes(ModelPath);
        File.WriteAllBytes(ModelPath, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<WhisperModelException>(() => WhisperChannelTranscriber.Load(Settings()));

        Assert.Contains("not a valid ggml Whisper model", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
