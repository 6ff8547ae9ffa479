using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Store;

/// <summary>Group commit on a real SQLite store: producers queued behind a running commit share the next transaction; a producer whose rows break
/// a unique key fails alone and leaves none of its rows, while the rest of its batch is stored; after shutdown nothing is taken.</summary>
[Trait("Category", "Integration")]
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "hotline-group-commit-" + Guid.NewGuid().ToString("N")[..12] + ".db");
    private ContextFactory _contexts = null!;

    private string Connection => $"Data Source={_path}";

    public async ValueTask InitializeAsync()
    {
        _contexts = new ContextFactory(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(Connection).Options);
        await using var db = _contexts.CreateDbContext();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await StoreJournal.UseWriteAheadLogAsync(db, TestContext.Current.CancellationToken);
        await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Producers_queued_behind_a_commit_share_the_next_transaction_and_all_are_stored()
    {
        await using var commits = new GroupCommit(_contexts);
        Task[] stored;
        // Another writer holds the database, so the first batch waits and the other producers queue up behind it.
        await using (var blocker = new SqliteConnection(Connection))
        {
            await blocker.OpenAsync(TestContext.Current.CancellationToken);
            await using var hold = blocker.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            stored = [.. Enumerable.Range(0, 20).Select(i => commits.CommitAsync(Rows($"GC-{i:D2}", $"key-{i}")))];
            await Task.Delay(200, TestContext.Current.CancellationToken); // lets the loop take the first batch and block on the lock
            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await Task.WhenAll(stored);

        Assert.InRange(commits.Transactions, 1, 2);
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(20, await db.Set<TicketRecord>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(20, await db.Set<TicketIdempotencyRecord>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(20, await db.Set<TicketRecord>().Select(t => t.Id).Distinct().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_producer_that_breaks_a_unique_key_fails_alone_and_leaves_none_of_its_rows()
    {
        await using var commits = new GroupCommit(_contexts);
        await commits.CommitAsync(Rows("GC-FIRST", "taken"));
        Task good1, bad, good2;
        await using (var blocker = new SqliteConnection(Connection))
        {
            await blocker.OpenAsync(TestContext.Current.CancellationToken);
            await using var hold = blocker.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            good1 = commits.CommitAsync(Rows("GC-A", "a"));
            bad = commits.CommitAsync(Rows("GC-B", "taken"));
            good2 = commits.CommitAsync(Rows("GC-C", "c"));
            await Task.Delay(200, TestContext.Current.CancellationToken);
            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await good1;
        await good2;
        await Assert.ThrowsAsync<DbUpdateException>(() => bad);
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(["GC-A", "GC-C", "GC-FIRST"], await db.Set<TicketRecord>().Select(t => t.Number).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("GC-FIRST", await db.Set<TicketIdempotencyRecord>().Where(k => k.IdempotencyKey == "taken").Select(k => k.TicketNumber).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task After_shutdown_nothing_is_taken_and_the_error_says_so()
    {
        var commits = new GroupCommit(_contexts);
        await commits.DisposeAsync();

        var error = await Assert.ThrowsAsync<ObjectDisposedException>(() => commits.CommitAsync(Rows("GC-LATE", "late")));

        Assert.Contains("not stored", error.Message, StringComparison.Ordinal);
    }

    // A ticket and its idempotency key: the pair intake stores together.
    private static object[] Rows(string number, string key) =>
    [
        new TicketRecord
        {
            Number = number, Type = "Complaint", Channel = "Web", Description = "出租车拒载", State = "Received", DeadlineUnixMs = 1, CreatedAtUnixMs = 1, UpdatedAtUnixMs = 1,
        },
        new TicketIdempotencyRecord { Channel = "Web", IdempotencyKey = key, TicketNumber = number },
    ];

    private sealed class ContextFactory(DbContextOptions<OperationalDbContext> options) : IDbContextFactory<OperationalDbContext>
    {
        public OperationalDbContext CreateDbContext() => new(options);
    }
}
