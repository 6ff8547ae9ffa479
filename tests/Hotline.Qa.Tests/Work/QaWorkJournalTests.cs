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

    [Fact]
    public async Task A_compacted_journal_replays_to_the_same_state_with_one_line_per_call()
    {
        var ct = TestContext.Current.CancellationToken;
        var journal = new QaWorkJournal(folder, 1000, TimeSpan.FromMinutes(5), 3, clock, keepFinished: TimeSpan.FromDays(30));
        for (var i = 0; i < 40; i++)
        {
            await journal.EnqueueAsync(Item($"c{i}"), ct);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Every kind of history: done, failed, leased, waiting again after a lost lease, and never touched.
        for (var i = 0; i < 30; i++)
        {
            var claimed = await journal.ClaimAsync($"w{i % 3}", ct);
            clock.Advance(TimeSpan.FromSeconds(1));
            if (i % 3 == 0)
                await journal.CompleteAsync(claimed!.Item.CallId, ct);
            else if (i % 3 == 1)
                await journal.FailAsync(claimed!.Item.CallId, $"reason {i}", ct);
        }

        var before = await journal.StatesAsync(ct);
        var linesBefore = File.ReadAllLines(JournalFile).Length;

        var kept = await journal.CompactAsync(ct);

        Assert.Equal(40, kept);
        Assert.Equal(40, File.ReadAllLines(JournalFile).Length);
        Assert.True(linesBefore > 40, $"{linesBefore} lines before compaction");
        var replayed = await new QaWorkJournal(folder, 1000, TimeSpan.FromMinutes(5), 3, clock, keepFinished: TimeSpan.FromDays(30)).StatesAsync(ct);
        Assert.Equal(before.OrderBy(p => p.Key), replayed.OrderBy(p => p.Key));
        var reopened = new QaWorkJournal(folder, 1000, TimeSpan.FromMinutes(5), 3, clock, keepFinished: TimeSpan.FromDays(30));
        Assert.Equal(await journal.ProgressAsync(ct), await reopened.ProgressAsync(ct));
        // The replayed queue hands out the same next call as the original would have.
        Assert.Equal("c30", (await reopened.ClaimAsync("after", ct))?.Item.CallId);
    }

    [Fact]
    public async Task The_journal_stays_small_finished_calls_past_the_retention_are_dropped_live_ones_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var journal = new QaWorkJournal(folder, 10_000, TimeSpan.FromMinutes(5), 3, clock, keepFinished: TimeSpan.FromMinutes(5), compactAfterLines: 100);
        await journal.EnqueueAsync(Item("waiting"), ct);
        for (var i = 0; i < 200; i++)
        {
            await journal.EnqueueAsync(Item($"c{i}"), ct);
            await journal.FailAsync($"c{i}", "done elsewhere", ct);
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        var lines = File.ReadAllLines(JournalFile).Length;

        // 401 changes were written; compaction ran on the way and kept the waiting call and the last 5 minutes of finished ones.
        var states = await journal.StatesAsync(ct);
        Assert.InRange(lines, states.Count, states.Count + 100);
        Assert.True(lines < 401, $"{lines} lines");
        Assert.Equal(QaCallStatus.Queued, states["waiting"].Status);
        Assert.False(states.ContainsKey("c0"));
        Assert.Equal(QaCallStatus.Failed, states["c199"].Status);
        Assert.InRange(states.Count, 31, 150);
    }

    private string JournalFile => Path.Combine(folder, "journal.jsonl");

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
