namespace Hotline.Grains.Outbox;

/// <summary>A row of the durable event outbox: one domain event waiting for its consumers.</summary>
public sealed class OutboxMessage
{
    /// <summary>Ascending in write order; consumers deliver by it.</summary>
    public long Id { get; set; }

    /// <summary>The event's own id; unique, so a producer's retry cannot store an event twice.</summary>
    public Guid EventId { get; set; }

    /// <summary>The event's DomainEventCatalog name.</summary>
    public required string EventName { get; set; }

    public int SchemaVersion { get; set; }

    /// <summary>When the event happened, Unix milliseconds.</summary>
    public long OccurredAtUnixMs { get; set; }

    /// <summary>When the row was written, Unix milliseconds (integers, because SQLite cannot compare DateTimeOffset).</summary>
    public long WrittenAtUnixMs { get; set; }

    /// <summary>The event as DomainEventJson text.</summary>
    public required string Payload { get; set; }

    /// <summary>The delivery claim holding this row, null while unclaimed.</summary>
    public string? ClaimId { get; set; }
}
