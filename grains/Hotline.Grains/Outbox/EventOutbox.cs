using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Outbox;

/// <summary>Appends events to the outbox in a transaction of their own (for producers without store state).</summary>
public sealed class EventOutbox(IDbContextFactory<OperationalDbContext> contexts, TimeProvider clock) : IEventOutbox
{
    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            return;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = events.Select(e => e.EventId).ToList();
        var stored = await db.OutboxMessages.Where(m => ids.Contains(m.EventId)).Select(m => m.EventId).ToListAsync(cancellationToken);
        var seen = new HashSet<Guid>(stored);
        // Distinct by id inside the call too: a producer may hand the same event twice.
        OutboxWriter.Add(db, events.Where(e => seen.Add(e.EventId)), clock);
        await db.SaveChangesAsync(cancellationToken);
    }
}
