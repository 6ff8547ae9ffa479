using Hotline.Grains.Store;

namespace Hotline.Grains.Tickets.Categories;

/// <summary>The category tree kept in memory for intake and the workflow, read again from the store when it is older than <see cref="MaxAge"/>.</summary>
/// <remarks>Intake reads the tree several times per ticket (validation, inherited SLA, the names for analytics); a few dozen rows that change
/// rarely are not worth a query each time. An edit made in this process is seen at once (<see cref="Forget"/>); one made by another silo
/// within <see cref="MaxAge"/>.</remarks>
public sealed class TicketCategoryCache(TimeProvider clock)
{
    /// <summary>How long a read of the tree is used.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private volatile Entry? _current;

    /// <summary>The tree, from memory when fresh.</summary>
    public async Task<TicketCategoryTree> GetAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } entry && now - entry.ReadAt < MaxAge)
            return entry.Tree;
        // Concurrent misses may each read the tree once; cheaper than making intake wait on a lock.
        var tree = await TicketCategoryTree.LoadAsync(db, cancellationToken);
        _current = new Entry(tree, now);
        return tree;
    }

    /// <summary>Drops the tree held, so the next read comes from the store (after an edit).</summary>
    public void Forget() => _current = null;

    private sealed record Entry(TicketCategoryTree Tree, DateTimeOffset ReadAt);
}
