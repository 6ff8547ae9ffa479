using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Outbox;

/// <summary>Claims, reads and completes outbox batches in the operational store (SQLite or PostgreSQL).</summary>
/// <remarks>
/// A claim is written to the rows before anything is delivered, and the batch is read back by its claim, so the
/// rows delivered, redelivered after a crash and finally deleted are always the same set.
/// </remarks>
public sealed class EventOutboxReader(IDbContextFactory<OperationalDbContext> contexts) : IEventOutboxReader
{
    /// <inheritdoc />
    public async Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.OutboxMessages.LongCountAsync(cancellationToken);
        if (pending == 0)
            return new OutboxBacklog(0, null, false);
        // The consumer may delete the last rows between the count and this read: an empty table has no oldest row.
        if (await db.OutboxMessages.MinAsync(m => (long?)m.WrittenAtUnixMs, cancellationToken) is not { } oldest)
            return new OutboxBacklog(0, null, false);
        var claimed = await db.OutboxMessages.AnyAsync(m => m.ClaimId != null, cancellationToken);
        return new OutboxBacklog(pending, DateTimeOffset.FromUnixTimeMilliseconds(oldest), claimed);
    }

    /// <inheritdoc />
    public async Task<OutboxBatch?> ClaimAsync(int maxRows, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var open = await db.OutboxMessages.Where(m => m.ClaimId != null).OrderBy(m => m.Id).Select(m => m.ClaimId).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
            return new OutboxBatch(open, await ReadClaimAsync(db, open, cancellationToken), Redelivery: true);

        var ids = await db.OutboxMessages.Where(m => m.ClaimId == null).OrderBy(m => m.Id).Take(maxRows).Select(m => m.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return null;

        var claimId = Guid.NewGuid().ToString("N");
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimId, claimId), cancellationToken);
        return new OutboxBatch(claimId, await ReadClaimAsync(db, claimId, cancellationToken), Redelivery: false);
    }

    /// <inheritdoc />
    public async Task CompleteAsync(string claimId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.ClaimId == claimId).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<OutboxEntry>> ReadClaimAsync(OperationalDbContext db, string claimId, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimId == claimId).OrderBy(m => m.Id)
            .Select(m => new OutboxEntry(m.Id, m.EventName, m.SchemaVersion, m.Payload))
            .ToListAsync(cancellationToken);
}
