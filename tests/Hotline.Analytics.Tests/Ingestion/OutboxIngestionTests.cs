using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Analytics.Tests.Ingestion;

/// <summary>Outbox (SQLite) → consumer → chDB: every event arrives, exactly once, whatever fails in between.</summary>
[Trait("Category", "Integration")]
public sealed class OutboxIngestionTests(EmbeddedEngineFixture fixture)
{
    private static readonly DateTimeOffset s_march = SampleEvents.Local(2026, 3, 1);

    [Fact]
    public async Task Every_event_kind_arrives_once_with_its_values()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_kinds");
        var calls = SampleEvents.Calls(1, 300, s_march.AddDays(-20), 40);
        var tickets = SampleEvents.TicketsCreated(2, 50, s_march, 10);
        var answered = calls.First(c => c.AnsweredAt is not null && c.Transfers.Count > 0);
        IDomainEvent[] others =
        [
            SampleEvents.AgentState("8001", "Talking", s_march, 120),
            SampleEvents.QueueSnapshot("complaints", s_march, 3),
            SampleEvents.Segment(answered, 0, "caller", "出租车绕路了\n\n我要投诉"),
            SampleEvents.Score(answered, 87.5),
            SampleEvents.Survey(answered, 4),
        ];
        await harness.AppendAsync([.. calls, .. tickets, .. others]);

        var moved = await harness.Consumer().DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(calls.Count + tickets.Count + others.Length, moved);
        Assert.Equal(0, await harness.PendingAsync());
        Assert.Equal(calls.Count, await harness.CountAsync("calls"));
        Assert.Equal(tickets.Count, await harness.CountAsync("ticket_events"));
        foreach (var table in new[] { "agent_states", "queue_snapshots", "transcripts", "qa_scores", "survey_results" })
            Assert.Equal(1, await harness.CountAsync(table));

        var row = JsonRows.Parse(await fixture.Engine.QueryAsync(
            $"SELECT toString(event_id) AS id, toUnixTimestamp64Milli(arrived_at) AS arrived, toUnixTimestamp64Milli(answered_at) AS answered_at, "
            + $"skills, ivr_path, transfers, transfer_chain, end_cause, wait_s, agent, toDate(arrived_at) AS day FROM {harness.Database}.calls WHERE call_id = '{answered.CallId}'",
            cancellationToken: TestContext.Current.CancellationToken)).Single();
        Assert.Equal(answered.EventId.ToString(), row.Text("id"));
        Assert.Equal(answered.ArrivedAt.ToUnixTimeMilliseconds(), row.Count("arrived"));
        Assert.Equal(answered.AnsweredAt!.Value.ToUnixTimeMilliseconds(), row.Count("answered_at"));
        Assert.Equal(answered.Skills, row.GetProperty("skills").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(answered.IvrPath, row.GetProperty("ivr_path").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(answered.Transfers.Select(t => t.To), row.GetProperty("transfer_chain").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("Completed", row.Text("end_cause"));
        Assert.Equal(answered.WaitSeconds, row.Number("wait_s"), 3);
        Assert.Equal(answered.AgentId, row.Text("agent"));
        Assert.Equal(AnalyticsTime.LocalDay(answered.ArrivedAt).ToString("yyyy-MM-dd", null), row.Text("day"));

        var texts = JsonRows.Parse(await fixture.Engine.QueryAsync($"SELECT text FROM {harness.Database}.transcripts", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("出租车绕路了\n\n我要投诉", texts.Single().GetProperty("text").GetString());
        var ticketText = JsonRows.Parse(await fixture.Engine.QueryAsync(
            $"SELECT text FROM {harness.Database}.ticket_events WHERE ticket_number = '{tickets[7].TicketNumber}'", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(tickets[7].Text, ticketText.Single().GetProperty("text").GetString());
    }

    [Fact]
    public async Task Daily_rollups_and_ticket_state_agree_with_the_events()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_rollups");
        var calls = SampleEvents.Calls(3, 2_000, s_march, 31);
        var created = SampleEvents.TicketsCreated(4, 200, s_march, 31);
        var later = created.Where((_, i) => i % 3 == 0).Select(t => SampleEvents.Next(t, TicketEventKind.Dispatched, "办理中", t.OccurredAt.AddHours(1))).ToList();
        var closed = later.Where((_, i) => i % 2 == 0).Select(t => SampleEvents.Next(t, TicketEventKind.Closed, "已结案", t.OccurredAt.AddDays(2), ["城市公交", "其他"])).ToList();
        // Out of order on purpose: the latest state is decided by sequence, not by arrival.
        await harness.AppendAsync([.. closed, .. calls, .. later, .. created]);

        await harness.Consumer(options: new OutboxIngestionOptions { MaxBatchRows = 700 }).DrainAsync(TestContext.Current.CancellationToken);

        var expectedDaily = calls.GroupBy(c => (Day: AnalyticsTime.LocalDay(c.ArrivedAt), c.Queue))
            .ToDictionary(g => $"{g.Key.Day:yyyy-MM-dd}|{g.Key.Queue}",
                g => (Offered: g.Count(), Answered: g.Count(c => c.AnsweredAt is not null), In20: g.Count(c => c.AnsweredAt is not null && c.WaitSeconds <= 20),
                    Handle: g.Where(c => c.AnsweredAt is not null).Sum(c => c.TalkSeconds + c.HoldSeconds + c.WrapUpSeconds)));
        var actualDaily = JsonRows.Parse(await fixture.Engine.QueryAsync(
            $"SELECT toString(day) AS day, queue, sum(offered) AS offered, sum(answered) AS answered, sum(answered_in_20s) AS in20, sum(handle_s) AS handle "
            + $"FROM {harness.Database}.calls_daily GROUP BY day, queue", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(expectedDaily.Count, actualDaily.Count);
        foreach (var row in actualDaily)
        {
            var expected = expectedDaily[$"{row.Text("day")}|{row.Text("queue")}"];
            Assert.Equal(expected.Offered, row.Count("offered"));
            Assert.Equal(expected.Answered, row.Count("answered"));
            Assert.Equal(expected.In20, row.Count("in20"));
            Assert.Equal(expected.Handle, row.Number("handle"), 0.5);
        }

        var latest = created.Concat(later).Concat(closed).GroupBy(t => t.TicketNumber).Select(g => g.MaxBy(t => t.Sequence)!).ToList();
        var states = JsonRows.Parse(await fixture.Engine.QueryAsync(
            $"SELECT ticket_number, state, category FROM {harness.Database}.tickets FINAL", cancellationToken: TestContext.Current.CancellationToken))
            .ToDictionary(r => r.Text("ticket_number"), r => (State: r.Text("state"), Category: r.Text("category")));
        Assert.Equal(latest.Count, states.Count);
        Assert.All(latest, t => Assert.Equal((t.State, t.CategoryPath[0]), states[t.TicketNumber]));
        Assert.Equal(created.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT sum(created) FROM {harness.Database}.tickets_daily"));
    }

    [Fact]
    public async Task A_batch_waits_for_enough_rows_or_for_its_oldest_row_to_age()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_policy", clock);
        var consumer = harness.Consumer(options: new OutboxIngestionOptions { MinBatchRows = 100, MaxBatchAge = TimeSpan.FromSeconds(1) });
        await harness.AppendAsync(SampleEvents.Calls(5, 60, s_march, 3));

        Assert.Equal(0, await consumer.DeliverOnceAsync(force: false, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, await consumer.DeliverOnceAsync(force: false, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(60, await consumer.DeliverOnceAsync(force: false, TestContext.Current.CancellationToken));

        await harness.AppendAsync(SampleEvents.Calls(6, 150, s_march, 3));
        Assert.Equal(150, await consumer.DeliverOnceAsync(force: false, TestContext.Current.CancellationToken));
        Assert.Equal(210, await harness.CountAsync("calls"));
    }

    [Fact]
    public async Task An_engine_that_is_down_keeps_the_batch_in_the_outbox_until_it_is_back()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_down");
        var engine = new FaultyEngine(fixture.Engine) { Fault = (_, _) => InsertFault.EngineDown };
        await harness.AppendAsync(SampleEvents.Calls(7, 500, s_march, 60));
        var consumer = harness.Consumer(engine);

        await Assert.ThrowsAsync<Hotline.Analytics.Engines.AnalyticsEngineException>(() => consumer.DeliverOnceAsync(force: true, TestContext.Current.CancellationToken));
        Assert.Equal(500, await harness.PendingAsync());
        Assert.Equal(0, await harness.CountAsync("calls"));

        engine.Fault = (_, _) => InsertFault.None;
        await consumer.DrainAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await harness.PendingAsync());
        Assert.Equal(500, await harness.CountAsync("calls"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_lost_answer_mid_batch_is_redelivered_without_duplicating_rows_or_rollups(int failingInsert)
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, $"t_ingest_lost_{failingInsert}");
        // Three months: the batch is three inserts, one per partition; insert N is stored but its answer is lost.
        var calls = SampleEvents.Calls(8, 900, s_march.AddMonths(-1), 80);
        var engine = new FaultyEngine(fixture.Engine) { Fault = (n, _) => n == failingInsert ? InsertFault.AnswerLost : InsertFault.None };
        await harness.AppendAsync(calls);
        var consumer = harness.Consumer(engine);

        await Assert.ThrowsAsync<Hotline.Analytics.Engines.AnalyticsEngineException>(() => consumer.DeliverOnceAsync(force: true, TestContext.Current.CancellationToken));
        Assert.Equal(calls.Count, await harness.PendingAsync());

        await consumer.DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, await harness.PendingAsync());
        Assert.Equal(calls.Count, await harness.CountAsync("calls"));
        Assert.Equal(calls.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT uniqExact(event_id) FROM {harness.Database}.calls"));
        Assert.Equal(calls.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT sum(offered) FROM {harness.Database}.calls_daily"));
        Assert.Equal(calls.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT sum(offered) FROM {harness.Database}.calls_hourly"));
    }

    [Fact]
    public async Task A_failure_to_delete_after_the_insert_redelivers_the_same_claim_and_stores_nothing_twice()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_complete");
        var tickets = SampleEvents.TicketsCreated(9, 400, s_march, 20);
        await harness.AppendAsync(tickets);
        var reader = new FailingCompleteReader(harness.Reader);

        await Assert.ThrowsAsync<IOException>(() => harness.Consumer(reader: reader).DeliverOnceAsync(force: true, TestContext.Current.CancellationToken));
        var backlog = await harness.Reader.GetBacklogAsync(TestContext.Current.CancellationToken);
        Assert.True(backlog.HasOpenClaim);

        var redelivered = await harness.Reader.ClaimAsync(10, TestContext.Current.CancellationToken);
        Assert.NotNull(redelivered);
        Assert.True(redelivered.Redelivery);
        Assert.Equal(reader.FirstClaim, redelivered.ClaimId);
        Assert.Equal(tickets.Count, redelivered.Entries.Count);

        await harness.Consumer().DrainAsync(TestContext.Current.CancellationToken);
        Assert.Equal(tickets.Count, await harness.CountAsync("ticket_events"));
        Assert.Equal(tickets.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT sum(created) FROM {harness.Database}.tickets_daily"));
        Assert.Equal(tickets.Count, await harness.CountAsync("tickets FINAL"));
    }

    [Fact]
    public async Task The_running_consumer_retries_until_the_engine_is_back_and_then_delivers_everything_once()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_loop");
        var engine = new FaultyEngine(fixture.Engine) { Fault = (n, _) => n <= 2 ? InsertFault.EngineDown : n == 3 ? InsertFault.AnswerLost : InsertFault.None };
        var calls = SampleEvents.Calls(10, 1_000, s_march, 10);
        await harness.AppendAsync(calls);
        var consumer = harness.Consumer(engine, options: new OutboxIngestionOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(20), PollInterval = TimeSpan.FromMilliseconds(20), MaxBatchAge = TimeSpan.Zero,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = consumer.RunAsync(stop.Token);
        while (await harness.PendingAsync() > 0)
            await Task.Delay(20, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await running;

        Assert.True(engine.Inserts > 3);
        Assert.Null(consumer.LastError);
        Assert.Equal(calls.Count, consumer.DeliveredRows);
        Assert.Equal(calls.Count, await harness.CountAsync("calls"));
    }

    [Fact]
    public async Task Unreadable_rows_are_kept_in_rejected_events_and_the_rest_are_stored()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_rejected");
        var calls = SampleEvents.Calls(11, 20, s_march, 2);
        await harness.AppendAsync(calls);
        await using (var db = harness.Store.CreateDbContext())
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var future = OutboxWriter.ToMessage(calls[0] with { EventId = Guid.NewGuid(), SchemaVersion = CallDetailRecord.CurrentVersion + 1 }, now);
            var broken = OutboxWriter.ToMessage(calls[1] with { EventId = Guid.NewGuid() }, now);
            broken.Payload = "{\"callId\": ";
            db.OutboxMessages.AddRange(future, broken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var consumer = harness.Consumer();
        await consumer.DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, await harness.PendingAsync());
        Assert.Equal(calls.Count, await harness.CountAsync("calls"));
        Assert.Equal(2, consumer.RejectedRows);
        var rejected = JsonRows.Parse(await fixture.Engine.QueryAsync(
            $"SELECT payload, error FROM {harness.Database}.rejected_events ORDER BY outbox_id", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("newer", rejected[0].Text("error"), StringComparison.Ordinal);
        Assert.Equal("{\"callId\": ", rejected[1].Text("payload"));
    }

    [Fact]
    public async Task A_producer_retry_with_the_same_event_id_is_stored_once()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_retry");
        var calls = SampleEvents.Calls(12, 10, s_march, 2);

        await harness.AppendAsync(calls);
        await harness.AppendAsync([calls[3], calls[3], calls[4]]);

        Assert.Equal(calls.Count, await harness.PendingAsync());
    }

    /// <summary>Fails the first completion after the rows were inserted, as a store outage would.</summary>
    private sealed class FailingCompleteReader(IEventOutboxReader inner) : IEventOutboxReader
    {
        public string? FirstClaim { get; private set; }

        public Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default) => inner.GetBacklogAsync(cancellationToken);

        public Task<OutboxBatch?> ClaimAsync(int maxRows, CancellationToken cancellationToken = default) => inner.ClaimAsync(maxRows, cancellationToken);

        public Task CompleteAsync(string claimId, CancellationToken cancellationToken = default)
        {
            if (FirstClaim is not null)
                return inner.CompleteAsync(claimId, cancellationToken);
            FirstClaim = claimId;
            throw new IOException("simulated: the operational store is unavailable");
        }
    }
}
