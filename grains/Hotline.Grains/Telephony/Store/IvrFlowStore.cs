using System.Text.Json;
using Hotline.Telephony.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Telephony.Store;

/// <summary>
/// The IVR flows in the operational store, every saved version kept; the highest version of a name is the one calls run.
/// A save raises the change counter in the same transaction, which is how the other silos learn of it.
/// </summary>
public sealed partial class IvrFlowStore(IDbContextFactory<TelephonyDbContext> contexts, TimeProvider clock, ILogger<IvrFlowStore> logger)
{
    private const int SaveAttempts = 3;

    /// <summary>The newest version of each flow, by name; a stored version that no longer parses is logged and left out.</summary>
    public async Task<IReadOnlyList<StoredIvrFlow>> LatestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.IvrFlows.AsNoTracking()
            .Where(f => f.Version == db.IvrFlows.Where(g => g.Name == f.Name).Max(g => g.Version))
            .OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(Read).OfType<StoredIvrFlow>()];
    }

    /// <summary>Every stored version of <paramref name="name"/>, newest first.</summary>
    public async Task<IReadOnlyList<StoredIvrFlow>> HistoryAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.IvrFlows.AsNoTracking().Where(f => f.Name == name).OrderByDescending(f => f.Version).ToListAsync(cancellationToken);
        return [.. rows.Select(Read).OfType<StoredIvrFlow>()];
    }

    /// <summary>
    /// Stores <paramref name="flow"/> as the next version of <paramref name="name"/>: its own version, raised above the newest stored one
    /// when it is not already higher (an editor on a silo that has not yet seen another silo's save still writes a newer version).
    /// The caller validates the flow. Returns the flow as stored.
    /// </summary>
    public async Task<IvrFlow> SaveAsync(string name, IvrFlow flow, string savedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(flow);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var newest = await db.IvrFlows.Where(f => f.Name == name).MaxAsync(f => (int?)f.Version, cancellationToken);
            var saved = flow with { Version = Math.Max(flow.Version, (newest ?? 0) + 1) };
            db.IvrFlows.Add(Record(name, saved, savedBy));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                continue; // another silo saved the same version first: number ours after it
            }

            await TelephonyChangeCounter.RaiseAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        }
    }

    /// <summary>Stores each of <paramref name="flows"/> whose name the store lacks (built-in and override-file flows on start); returns the names added.</summary>
    public async Task<IReadOnlyList<string>> SeedMissingAsync(IReadOnlyDictionary<string, IvrFlow> flows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flows);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.IvrFlows.Select(f => f.Name).Distinct().ToListAsync(cancellationToken);
        var missing = flows.Where(f => !known.Contains(f.Key, StringComparer.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
            return [];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IvrFlows.AddRange(missing.Select(f => Record(f.Key, f.Value, "seed")));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return []; // another silo seeded the same flows first
        }

        await TelephonyChangeCounter.RaiseAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. missing.Select(f => f.Key)];
    }

    private IvrFlowVersionRecord Record(string name, IvrFlow flow, string savedBy) => new()
    {
        Name = name, Version = flow.Version, Json = IvrFlowJson.Serialize(flow),
        SavedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(), SavedBy = savedBy.Length > 128 ? savedBy[..128] : savedBy,
    };

    private StoredIvrFlow? Read(IvrFlowVersionRecord row)
    {
        try
        {
            return new StoredIvrFlow(row.Name, IvrFlowJson.Parse(row.Json), DateTimeOffset.FromUnixTimeMilliseconds(row.SavedAtUnixMs), row.SavedBy);
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex, row.Name, row.Version);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored IVR flow {Name} version {Version} is not valid flow JSON and is ignored")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string name, int version);
}
