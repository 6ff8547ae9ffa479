using System.Text.Json;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Tests.Transcription;
using Hotline.Qa.Work;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>The call-end hook: call detail records in the real analytics engine (chDB) feed the QA queue, and a recorded call
/// comes back into the same engine transcribed and scored.</summary>
/// <remarks>The call is not driven through SIP here: a CDR as the call grain writes it, naming a stereo recording in the
/// recorder's format (8 kHz, 16-bit, left caller, right agent), is inserted the way the outbox consumer inserts it.</remarks>
[Trait("Category", "Integration")]
public sealed class RecordedCallFeedTests : IAsyncLifetime
{
    private const string Database = "t_qa_feed";
    private static readonly DateTimeOffset Arrived = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly PipelineFolder folder = new();
    private EmbeddedClickHouseEngine? engine;

    private EmbeddedClickHouseEngine Engine => engine!;

    private string CursorPath => Path.Combine(folder.DataDir, "qa", "queue", "feed-cursor.txt");

    public async ValueTask InitializeAsync()
    {
        engine = EmbeddedClickHouseEngine.Open(Path.Combine(folder.DataDir, "analytics"));
        await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (engine is not null)
            await engine.DisposeAsync();
        folder.Dispose();
    }

    private static CallDetailRecord Cdr(string callId, string recording, int endedAfterSeconds, params string[] ivr) => new()
    {
        EventId = Guid.NewGuid(), CallId = callId, Direction = CallDirection.Inbound, CallerNumber = "13800000001", CalledNumber = "12328",
        ServiceNumber = "12328", Queue = "complaints", AgentId = "8003", IvrPath = ivr, ArrivedAt = Arrived, AnsweredAt = Arrived.AddSeconds(5),
        EndedAt = Arrived.AddSeconds(endedAfterSeconds), EndCause = CallEndCause.Completed, RecordingPath = recording,
    };

    private Task InsertAsync(params CallDetailRecord[] records) =>
        Engine.InsertAsync(EventTables.Calls.Encode(Database, records, null), TestContext.Current.CancellationToken);

    // QA was installed a minute before the calls arrived.
    private readonly FakeTimeProvider clock = new(Arrived.AddMinutes(-1));

    private RecordedCallFeed Feed(QaWorkJournal journal) =>
        new(_ => Task.FromResult<Hotline.Analytics.Engines.IAnalyticsEngine>(Engine), Database, journal, CursorPath, clock);

    [Fact]
    public async Task Each_recorded_call_is_queued_once_with_what_scoring_needs_and_the_feed_remembers_where_it_got()
    {
        var ct = TestContext.Current.CancellationToken;
        using var pipeline = folder.Open(model: null, outbox: null);
        await InsertAsync(
            Cdr("before-qa", "recordings/before-qa.wav", -600),
            Cdr("rec-1", "recordings/rec-1.wav", 60, "welcome", "menu", "complaint"),
            Cdr("abandoned", "", 30),
            Cdr("rec-2", "recordings/rec-2.wav", 90, "welcome", "menu", "enquiry"));

        Assert.Equal(2, await Feed(pipeline.Journal).PollAsync(ct));

        var first = (await pipeline.Journal.StatusAsync("rec-1", ct))!.Item;
        Assert.Equal(new QaWorkItem("rec-1", "recordings/rec-1.wav", Arrived, "8003", "complaints", Complaint: true), first);
        Assert.False((await pipeline.Journal.StatusAsync("rec-2", ct))!.Item.Complaint);
        Assert.Null(await pipeline.Journal.StatusAsync("abandoned", ct));
        Assert.Null(await pipeline.Journal.StatusAsync("before-qa", ct));
        Assert.Equal(Arrived.AddSeconds(90).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(CursorPath));

        // A restarted feed reads from its cursor: nothing twice, and a call ending later is picked up.
        Assert.Equal(0, await Feed(pipeline.Journal).PollAsync(ct));
        await InsertAsync(Cdr("rec-3", "recordings/rec-3.wav", 400));
        Assert.Equal(1, await Feed(pipeline.Journal).PollAsync(ct));
        Assert.Equal(3, (await pipeline.Journal.ProgressAsync(ct)).Queued);
    }

    [Fact]
    public async Task A_recorded_call_ends_up_transcribed_and_scored_in_analytics()
    {
        var ct = TestContext.Current.CancellationToken;
        using var pipeline = folder.Open(GgmlWhisperModel.Small, new AnalyticsOutbox(Engine, Database));
        var recording = folder.Record("call-e2e", PipelineFolder.ConversationWithDeadAir());
        await InsertAsync(Cdr("call-e2e", recording, 35, "welcome", "menu", "complaint"));

        Assert.Equal(1, await Feed(pipeline.Journal).PollAsync(ct));
        Assert.True(await pipeline.Worker("w").RunOnceAsync(ct));

        Assert.Equal(QaCallStatus.Done, (await pipeline.Journal.StatusAsync("call-e2e", ct))!.Status);
        var transcript = (await pipeline.Transcripts.LoadAsync("call-e2e", ct))!.Transcript!;
        var stored = (await pipeline.Scores.GetAsync("call-e2e", ct))!;

        var segments = await RowsAsync($"SELECT segment, speaker, start_s FROM {Database}.transcripts WHERE call_id = 'call-e2e' ORDER BY segment");
        Assert.Equal(transcript.Segments.Count, segments.Count);
        Assert.NotEmpty(segments);
        Assert.Equal(transcript.Segments.Count(s => s.Channel == Hotline.Qa.Transcripts.SpeakerChannel.Agent), segments.Count(s => s.GetProperty("speaker").GetString() == "agent"));

        var score = Assert.Single(await RowsAsync($"SELECT agent, scorecard, score, max_score, scored_by FROM {Database}.qa_scores WHERE call_id = 'call-e2e'"));
        Assert.Equal("8003", score.GetProperty("agent").GetString());
        Assert.Equal("standard@1", score.GetProperty("scorecard").GetString());
        Assert.Equal("auto", score.GetProperty("scored_by").GetString());
        Assert.Equal(stored.Score.Total, score.GetProperty("score").GetDouble(), 3);
        Assert.Equal(stored.Score.MaxTotal, score.GetProperty("max_score").GetDouble(), 3);
    }

    private async Task<List<JsonElement>> RowsAsync(string sql)
    {
        var result = await Engine.QueryAsync(sql, cancellationToken: TestContext.Current.CancellationToken);
        return [.. result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }
}
