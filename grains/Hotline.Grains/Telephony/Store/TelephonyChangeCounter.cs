using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Telephony.Store;

/// <summary>Reads and raises the change counter; a change raises it in the same transaction as the rows it changes, so a silo that sees the new value also sees the rows.</summary>
public static class TelephonyChangeCounter
{
    /// <summary>The current value.</summary>
    public static Task<long> ReadAsync(TelephonyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Changes.AsNoTracking().Where(c => c.Id == TelephonyChangeRecord.SingletonId).Select(c => c.Version).SingleAsync(cancellationToken);
    }

    /// <summary>Raises the counter by one (an UPDATE in the database, so concurrent raises from two silos both count).</summary>
    public static Task RaiseAsync(TelephonyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Changes.Where(c => c.Id == TelephonyChangeRecord.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
    }
}
