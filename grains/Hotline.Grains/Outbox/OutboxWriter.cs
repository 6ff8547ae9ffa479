using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Store;

namespace Hotline.Grains.Outbox;

/// <summary>Adds domain events to the outbox inside a producer's own unit of work, so they commit with its state change.</summary>
public static class OutboxWriter
{
    /// <summary>Stages the events in <paramref name="db"/>; they are stored by the caller's SaveChanges, atomically with its other changes.</summary>
    public static void Add(OperationalDbContext db, IEnumerable<IDomainEvent> events, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var domainEvent in events)
            db.OutboxMessages.Add(ToMessage(domainEvent, now));
    }

    /// <summary>The outbox row for one event.</summary>
    public static OutboxMessage ToMessage(IDomainEvent domainEvent, long writtenAtUnixMs)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.EventId == Guid.Empty)
            throw new ArgumentException($"A {domainEvent.GetType().Name} has an empty EventId; producers must give every event its own id.", nameof(domainEvent));
        return new OutboxMessage
        {
            EventId = domainEvent.EventId,
            EventName = DomainEventCatalog.NameOf(domainEvent),
            SchemaVersion = domainEvent.SchemaVersion,
            OccurredAtUnixMs = domainEvent.OccurredAt.ToUnixTimeMilliseconds(),
            WrittenAtUnixMs = writtenAtUnixMs,
            Payload = DomainEventJson.Serialize(domainEvent),
        };
    }
}
