using Hotline.Analytics.Engines;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Support;

/// <summary>Loads events straight into a fresh analytics database (schema, rollups and all), for the analysis tests.</summary>
internal static class AnalyticsData
{
    public static async Task LoadAsync(IAnalyticsEngine engine, string database, IEnumerable<IDomainEvent> events)
    {
        await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}", TestContext.Current.CancellationToken);
        await new SchemaMigrator(engine, new SchemaRenderer(database)).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        foreach (var group in events.GroupBy(e => DomainEventCatalog.NameOf(e)))
        {
            var table = EventTables.For(group.Key);
            foreach (var chunk in group.Chunk(20_000))
                await engine.InsertAsync(table.Encode(database, chunk, null), TestContext.Current.CancellationToken);
        }
    }
}
