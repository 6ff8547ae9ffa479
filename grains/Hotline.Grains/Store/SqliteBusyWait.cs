using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Grains.Store;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>) on every connection the stores open.
/// </summary>
/// <remarks>
/// Without it, Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms and trying again, so a write that finds another commit
/// in progress (the group commit, the outbox, a second grain) loses 150 ms however short that commit was: at a few hundred intakes a
/// second most writes lost it. SQLite's own handler retries within a millisecond or two of the lock coming free.
/// </remarks>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for the lock before it fails with SQLITE_BUSY (as long as an ADO.NET command waits by default).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The one instance every context shares (it holds no state).</summary>
    public static SqliteBusyWait Instance { get; } = new();

    private static readonly string Pragma = $"PRAGMA busy_timeout = {(int)Timeout.TotalMilliseconds};";

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The one way the stores are put on a SQLite file: the provider plus <see cref="SqliteBusyWait"/>.</summary>
public static class SqliteStoreOptions
{
    /// <summary>Uses SQLite at <paramref name="connectionString"/> with SQLite's own busy wait on every connection.</summary>
    public static DbContextOptionsBuilder UseHotlineSqlite(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString).AddInterceptors(SqliteBusyWait.Instance);
    }

    /// <summary>Uses SQLite at <paramref name="connectionString"/> with SQLite's own busy wait on every connection.</summary>
    public static DbContextOptionsBuilder<TContext> UseHotlineSqlite<TContext>(this DbContextOptionsBuilder<TContext> builder, string connectionString)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString).AddInterceptors(SqliteBusyWait.Instance);
    }
}
