using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Store;

/// <summary>How a SQLite operational store journals its writes: write-ahead logging, so readers never wait for a writer and a commit costs one sync of the log.</summary>
public static class StoreJournal
{
    /// <summary>Switches a SQLite store to write-ahead logging (a property of the file, kept across restarts); PostgreSQL needs nothing.</summary>
    public static async Task UseWriteAheadLogAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!string.Equals(db.Database.ProviderName, "Microsoft.EntityFrameworkCore.Sqlite", StringComparison.Ordinal))
            return;
        // Outside any transaction: SQLite cannot change the journal mode inside one.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }
}
