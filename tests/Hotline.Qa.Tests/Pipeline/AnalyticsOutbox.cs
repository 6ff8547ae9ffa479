using Hotline.Analytics.Engines;
using Hotline.Analytics.Ingestion;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>An outbox that inserts straight into a real analytics engine, table by table, the way the platform's ingestion does.</summary>
internal sealed class AnalyticsOutbox(IAnalyticsEngine engine, string database) : IEventOutbox
{
    public async Task AppendAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var kind in events.GroupBy(DomainEventCatalog.NameOf))
        {
            var table = EventTables.All.Single(t => t.EventName == kind.Key);
            await engine.InsertAsync(table.Encode(database, [.. kind], null), cancellationToken);
        }
    }
}
