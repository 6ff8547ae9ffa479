using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;

namespace Hotline.Analytics.Tests.Ingestion;

/// <summary>The outbox on the scale-out store (PostgreSQL, started by ./hotline test): claims, redelivery and ingestion behave as on SQLite.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresOutboxTests(EmbeddedEngineFixture fixture)
{
    [Fact]
    public async Task A_lost_answer_is_redelivered_from_postgres_and_stored_once()
    {
        using var store = TestStore.CreatePostgres();
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_ingest_postgres", store: store);
        var calls = SampleEvents.Calls(91, 800, SampleEvents.Local(2026, 2, 1), 50);
        var tickets = SampleEvents.TicketsCreated(92, 200, SampleEvents.Local(2026, 2, 1), 50);
        await harness.AppendAsync([.. calls, .. tickets]);
        await harness.AppendAsync([calls[0], tickets[0]]);
        var faulty = new FaultyEngine(fixture.Engine) { Fault = (n, _) => n == 2 ? InsertFault.AnswerLost : InsertFault.None };

        await Assert.ThrowsAsync<Hotline.Analytics.Engines.AnalyticsEngineException>(() => harness.Consumer(faulty).DeliverOnceAsync(force: true, TestContext.Current.CancellationToken));
        var backlog = await harness.Reader.GetBacklogAsync(TestContext.Current.CancellationToken);
        var redelivered = await harness.Reader.ClaimAsync(5, TestContext.Current.CancellationToken);
        await harness.Consumer().DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(calls.Count + tickets.Count, backlog.Pending);
        Assert.True(backlog.HasOpenClaim);
        Assert.True(redelivered!.Redelivery);
        Assert.Equal(calls.Count + tickets.Count, redelivered.Entries.Count);
        Assert.Equal(0, await harness.PendingAsync());
        Assert.Equal(calls.Count, await harness.CountAsync("calls"));
        Assert.Equal(tickets.Count, await harness.CountAsync("ticket_events"));
        Assert.Equal(tickets.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT sum(created) FROM {harness.Database}.tickets_daily"));
        Assert.Equal(calls.Count, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT sum(offered) FROM {harness.Database}.calls_daily"));
        Assert.Null(await harness.Reader.ClaimAsync(1, TestContext.Current.CancellationToken));
    }
}
