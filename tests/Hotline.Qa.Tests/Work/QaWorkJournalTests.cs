using Hotline.Qa.Work;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Work;

[Trait("Category", "Unit")]
public sealed class QaWorkJournalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-queue-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    private QaWorkJournal Journal(int capacity = 10) => new(folder, capacity, TimeSpan.FromMinutes(5), 2, clock);

    private static QaWorkItem Item(string id) => new(id, $"recordings/{id}.wav", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Survives_a_restart_and_hands_out_calls_oldest_first()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await Journal().EnqueueAsync(Item("a"), ct));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Journal().EnqueueAsync(Item("b"), ct));
        Assert.False(await Journal().EnqueueAsync(Item("a"), ct));

        var reopened = Journal();
        var first = await reopened.ClaimAsync("w1", ct);
        var second = await reopened.ClaimAsync("w2", ct);

        Assert.Equal("a", first?.Item.CallId);
        Assert.Equal("b", second?.Item.CallId);
        Assert.Null(await reopened.ClaimAsync("w3", ct));
        await reopened.CompleteAsync("a", ct);
        await reopened.FailAsync("b", "recording missing", ct);
        Assert.Equal(new QaQueueProgress(0, 0, 1, 1, 10), await Journal().ProgressAsync(ct));
        Assert.Equal("recording missing", (await Journal().StatusAsync("b", ct))?.Reason);
    }

    [Fact]
    public async Task A_lost_worker_lease_expires_and_repeated_loss_fails_the_call()
    {
        var ct = TestContext.Current.CancellationToken;
        var journal = Journal();
        await journal.EnqueueAsync(Item("a"), ct);
        Assert.NotNull(await journal.ClaimAsync("dead", ct));
        Assert.Null(await journal.ClaimAsync("w", ct));

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("w", (await journal.ClaimAsync("w", ct))?.Worker);
        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(await journal.ClaimAsync("w", ct));
        var state = await journal.StatusAsync("a", ct);
        Assert.Equal(QaCallStatus.Failed, state?.Status);
        Assert.Contains("2 attempts", state?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_waits_while_the_backlog_is_full()
    {
        var ct = TestContext.Current.CancellationToken;
        var journal = Journal(capacity: 1);
        await journal.EnqueueAsync(Item("a"), ct);

        var waiting = journal.EnqueueAsync(Item("b"), ct);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(100, ct);
        Assert.False(waiting.IsCompleted);

        var claimed = await journal.ClaimAsync("w", ct);
        await journal.CompleteAsync(claimed!.Item.CallId, ct);
        while (!waiting.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20, ct);
        }

        Assert.True(await waiting);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
