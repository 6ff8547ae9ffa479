using Hotline.Grains.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Store;

/// <summary>Contexts put on SQLite through <see cref="SqliteStoreOptions.UseHotlineSqlite"/> let SQLite wait for a busy write lock itself, on every
/// connection they open, so a writer that meets another commit goes on as soon as it ends; a plain context leaves the wait to the driver's 150 ms sleeps.</summary>
[Trait("Category", "Integration")]
public sealed class SqliteBusyWaitTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "hotline-busy-wait-" + Guid.NewGuid().ToString("N")[..12] + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Every_connection_a_store_context_opens_waits_in_sqlite_for_the_write_lock()
    {
        var options = new DbContextOptionsBuilder<OperationalDbContext>().UseHotlineSqlite($"Data Source={_path}").Options;
        for (var i = 0; i < 2; i++)
        {
            // The second context takes its connection from the pool: the setting is made on open, so it holds for pooled ones too.
            await using var db = new OperationalDbContext(options);
            Assert.Equal((long)SqliteBusyWait.Timeout.TotalMilliseconds, await BusyTimeoutAsync(db));
        }
    }

    [Fact]
    public async Task A_plain_sqlite_context_has_no_busy_wait_so_the_setting_is_what_makes_the_difference()
    {
        await using var db = new OperationalDbContext(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);
        Assert.Equal(0, await BusyTimeoutAsync(db));
    }

    [Fact]
    public async Task A_write_waiting_for_another_connections_transaction_is_stored_when_that_commits()
    {
        var options = new DbContextOptionsBuilder<OperationalDbContext>().UseHotlineSqlite($"Data Source={_path}").Options;
        await using (var setup = new OperationalDbContext(options))
        {
            await setup.Database.ExecuteSqlRawAsync("CREATE TABLE probe (id INTEGER PRIMARY KEY, who TEXT NOT NULL);", TestContext.Current.CancellationToken);
        }

        await using var holder = new OperationalDbContext(options);
        await using var held = await holder.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await holder.Database.ExecuteSqlRawAsync("INSERT INTO probe (who) VALUES ('holder');", TestContext.Current.CancellationToken);

        await using var waiter = new OperationalDbContext(options);
        // SQLite waits inside the call, blocking its thread: the waiter gets a thread of its own.
        var waiting = Task.Run(() => waiter.Database.ExecuteSqlRaw("INSERT INTO probe (who) VALUES ('waiter');"), TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted, "the second writer should wait while the first holds the write lock");

        await held.CommitAsync(TestContext.Current.CancellationToken);
        await waiting;
        var rows = await holder.Database.SqlQueryRaw<string>("SELECT who AS Value FROM probe ORDER BY id").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["holder", "waiter"], rows);
    }

    private static async Task<long> BusyTimeoutAsync(OperationalDbContext db)
    {
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
