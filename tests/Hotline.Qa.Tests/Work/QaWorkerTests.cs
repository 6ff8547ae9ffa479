using Hotline.Qa.Audio;
using Hotline.Qa.Tests.Audio;
using Hotline.Qa.Tests.Pipeline;
using Hotline.Qa.Tests.Transcription;
using Hotline.Qa.Transcription;
using Hotline.Qa.Transcripts;
using Hotline.Qa.Work;

namespace Hotline.Qa.Tests.Work;

[Trait("Category", "Integration")]
public sealed class QaWorkerTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("hotline-qa-worker-").FullName;
    private readonly CapturingOutbox outbox = new();

    private QaWorkJournal Journal => new(Path.Combine(dataDir, "qa", "queue"), 100, TimeSpan.FromMinutes(5), 3, TimeProvider.System);

    private TranscriptStore Store => new(Path.Combine(dataDir, "qa", "transcripts"));

    private QaWorker Worker(WhisperChannelTranscriber? whisper) =>
        new("w", Journal, new CallTranscriber(whisper, new TranscriptionSettings(), new SpeechDetector(), new ConversationAnalyzer()), Store, outbox, dataDir);

    private async Task<QaCallState> RunAsync(string callId, byte[]? wav, WhisperChannelTranscriber? whisper = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var relative = Path.Combine("recordings", "2026", "11", "28", callId + ".wav");
        if (wav is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dataDir, relative))!);
            await File.WriteAllBytesAsync(Path.Combine(dataDir, relative), wav, ct);
        }

        await Journal.EnqueueAsync(new QaWorkItem(callId, relative, DateTimeOffset.UnixEpoch), ct);
        Assert.True(await Worker(whisper).RunOnceAsync(ct));
        Assert.False(await Worker(whisper).RunOnceAsync(ct));
        return (await Journal.StatusAsync(callId, ct))!;
    }

    private static byte[] Conversation() => TestAudio.Wav(8000, TestAudio.Channel(12, 8000, (6, 9)), TestAudio.Channel(12, 8000, (1, 4)));

    [Fact]
    public async Task Without_a_model_the_metrics_are_stored_and_the_call_is_done()
    {
        var state = await RunAsync("c1", Conversation());

        Assert.Equal(QaCallStatus.Done, state.Status);
        var stored = await Store.LoadAsync("c1", TestContext.Current.CancellationToken);
        Assert.Null(stored?.Transcript);
        Assert.Equal(3, stored!.Metrics.AgentTalkSeconds, 0.1);
        Assert.Empty(outbox.Events);
    }

    [Fact]
    public async Task With_a_model_the_segments_are_stored_and_streamed_once_per_segment()
    {
        var model = Path.Combine(dataDir, "model.bin");
        GgmlWhisperModel.Small.Write(model);
        using var whisper = WhisperChannelTranscriber.Load(new TranscriptionSettings { WhisperModel = model });

        var state = await RunAsync("c2", Conversation(), whisper);

        Assert.Equal(QaCallStatus.Done, state.Status);
        var stored = await Store.LoadAsync("c2", TestContext.Current.CancellationToken);
        Assert.NotEmpty(stored!.Transcript!.Segments);
        var events = outbox.Events.Cast<Grains.Abstractions.Events.TranscriptSegment>().ToList();
        Assert.Equal(stored.Transcript.Segments.Count, events.Count);
        Assert.All(events, e => Assert.Equal("c2", e.CallId));
        Assert.Equal(Enumerable.Range(0, events.Count), events.Select(e => e.Index));
        Assert.Contains(events, e => e.Speaker == "agent");
    }

    [Theory]
    [InlineData("missing", "recording missing")]
    [InlineData("mono", "1 channel")]
    [InlineData("corrupt", "not a WAV")]
    public async Task Bad_recordings_fail_with_their_reason(string kind, string reason)
    {
        byte[]? wav = kind switch
        {
            "mono" => TestAudio.Wav(8000, new float[8000]),
            "corrupt" => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
            _ => null,
        };

        var state = await RunAsync(kind, wav);

        Assert.Equal(QaCallStatus.Failed, state.Status);
        Assert.Contains(reason, state.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silent_recording_is_done_with_no_talk()
    {
        var state = await RunAsync("silent", TestAudio.Wav(8000, new float[40000], new float[40000]));

        Assert.Equal(QaCallStatus.Done, state.Status);
        Assert.Equal(0, (await Store.LoadAsync("silent", TestContext.Current.CancellationToken))!.Metrics.AgentTalkSeconds);
    }

    [Fact]
    public void Another_language_is_recognised()
    {
        Assert.False(ChineseText.LooksChinese(new Transcript("c", [new Hotline.Qa.Transcripts.TranscriptSegment(SpeakerChannel.Caller, 0, 1, "Hello, I would like to ask")])));
        Assert.True(ChineseText.LooksChinese(new Transcript("c", [new Hotline.Qa.Transcripts.TranscriptSegment(SpeakerChannel.Caller, 0, 1, "您好，请问12328怎么投诉 OK")])));
    }

    public void Dispose() => Directory.Delete(dataDir, recursive: true);
}
