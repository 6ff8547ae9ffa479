namespace Hotline.Grains.Abstractions.Events;

/// <summary>One event waiting in the durable outbox.</summary>
/// <param name="Id">The outbox row id (ascending in write order).</param>
/// <param name="EventName">The event's <see cref="DomainEventCatalog"/> name.</param>
/// <param name="SchemaVersion">The schema version it was written with.</param>
/// <param name="Payload">The event as <see cref="DomainEventJson"/> text.</param>
public sealed record OutboxEntry(long Id, string EventName, int SchemaVersion, string Payload)
{
    /// <summary>The event, read back from its payload.</summary>
    public IDomainEvent ToEvent() => DomainEventJson.Deserialize(EventName, Payload);
}
