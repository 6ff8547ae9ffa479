using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Telephony.Store;

/// <summary>
/// The service-number registry in the operational store. Every change raises the change counter in the same transaction,
/// which is how the other silos learn of it (<see cref="TelephonyCatalogSync"/>).
/// </summary>
public sealed class ServiceNumberStore(IDbContextFactory<TelephonyDbContext> contexts, TimeProvider clock)
{
    /// <summary>All numbers, enabled or not, by number.</summary>
    public async Task<IReadOnlyList<ServiceNumberRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceNumbers.AsNoTracking().OrderBy(n => n.Number).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a number; false (and nothing written) when the number is already registered.</summary>
    public async Task<bool> AddAsync(string number, string flow, string displayName, bool enabled, CancellationToken cancellationToken)
    {
        Check(number, flow, displayName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ServiceNumbers.AnyAsync(n => n.Number == number, cancellationToken))
            return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ServiceNumbers.Add(new ServiceNumberRecord
        {
            Number = number, Flow = flow, DisplayName = displayName.Trim(), Enabled = enabled, UpdatedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another silo added the same number between the check and the insert; the key refused ours.
            return false;
        }

        await TelephonyChangeCounter.RaiseAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Rebinds, renames, enables or disables a number; false when there is no such number.</summary>
    public async Task<bool> UpdateAsync(string number, string flow, string displayName, bool enabled, CancellationToken cancellationToken)
    {
        Check(number, flow, displayName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.ServiceNumbers.SingleOrDefaultAsync(n => n.Number == number, cancellationToken);
        if (record is null)
            return false;
        record.Flow = flow;
        record.DisplayName = displayName.Trim();
        record.Enabled = enabled;
        record.UpdatedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken);
        await TelephonyChangeCounter.RaiseAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes a number; false when there is no such number.</summary>
    public async Task<bool> RemoveAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.ServiceNumbers.Where(n => n.Number == number).ExecuteDeleteAsync(cancellationToken) == 0)
            return false;
        await TelephonyChangeCounter.RaiseAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Fills an empty registry with <paramref name="numbers"/>, enabled and bound to <paramref name="flow"/> (the configuration's numbers
    /// on first start); a registry that has rows is left alone, so later edits survive restarts. Returns how many were added.
    /// </summary>
    public async Task<int> SeedAsync(IEnumerable<string> numbers, string flow, string displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var distinct = numbers.Distinct(StringComparer.Ordinal).ToList();
        foreach (var number in distinct)
            Check(number, flow, displayName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ServiceNumbers.AnyAsync(cancellationToken))
            return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        db.ServiceNumbers.AddRange(distinct.Select(n => new ServiceNumberRecord { Number = n, Flow = flow, DisplayName = displayName, Enabled = true, UpdatedAtUnixMs = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return 0; // another silo seeded first
        }

        await TelephonyChangeCounter.RaiseAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return distinct.Count;
    }

    private static void Check(string number, string flow, string displayName)
    {
        if (!ServiceNumberRules.IsValidNumber(number))
            throw new ArgumentException($"service number '{number}' must be digits (optionally after a leading +), at most {ServiceNumberRules.MaxNumberLength} characters", nameof(number));
        ArgumentException.ThrowIfNullOrWhiteSpace(flow);
        if (!ServiceNumberRules.IsValidDisplayName(displayName))
            throw new ArgumentException($"display name of {number} must be 1 to {ServiceNumberRules.MaxDisplayNameLength} characters", nameof(displayName));
    }
}
