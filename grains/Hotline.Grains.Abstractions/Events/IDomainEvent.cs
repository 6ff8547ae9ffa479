namespace Hotline.Grains.Abstractions.Events;

/// <summary>A fact a producer records once and every consumer (analytics, QA, reports) reads; versioned by schema.</summary>
public interface IDomainEvent
{
    /// <summary>Unique per event; a producer that retries writes the same id again, so consumers can drop the repeat.</summary>
    Guid EventId { get; }

    /// <summary>When the fact happened; analytics partitions by its month.</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The version of the event's shape this instance was written with.</summary>
    int SchemaVersion { get; }
}
