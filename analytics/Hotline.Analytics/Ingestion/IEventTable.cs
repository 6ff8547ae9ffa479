using Hotline.Analytics.Engines;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Ingestion;

/// <summary>Where one kind of domain event is stored and how a batch of it is encoded for insertion.</summary>
public interface IEventTable
{
    /// <summary>The DomainEventCatalog name of the events it stores.</summary>
    string EventName { get; }

    /// <summary>The table, as the schema creates it.</summary>
    TableDefinition Definition { get; }

    /// <summary>Encodes events (all of this table's kind) as one Native insert into <paramref name="database"/>.</summary>
    AnalyticsInsert Encode(string database, IReadOnlyList<IDomainEvent> events, string? deduplicationToken);
}
