using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Schema;

/// <summary>The qa_item_scores table: a database created before QA item events gains it through migration 5; a new one has it from version 1.</summary>
[Trait("Category", "Integration")]
public sealed class QaItemScoresMigrationTests(EmbeddedEngineFixture fixture)
{
    [Fact]
    public async Task A_database_from_before_item_scores_gains_the_table_and_takes_item_events()
    {
        const string database = "t_qa_items_old";
        var engine = fixture.Engine;
        await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}", TestContext.Current.CancellationToken);
        var migrator = new SchemaMigrator(engine, new SchemaRenderer(database));
        // Versions 1–4 as they shipped: no qa_item_scores.
        var table = EventTables.QaItemScores.Definition.Name;
        var shipped = AnalyticsMigrations.All[0] with { Tables = [.. AnalyticsMigrations.All[0].Tables.Where(t => t.Name != table)] };
        await migrator.MigrateAsync([shipped, .. AnalyticsMigrations.All.Where(m => m.Version is 2 or 3 or 4)], TestContext.Current.CancellationToken);
        Assert.Equal(0, await TableCountAsync(database, table));

        var applied = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(AnalyticsMigrations.All.Where(m => m.Version >= 5).Select(m => m.Version), applied);
        Assert.Equal(1, await TableCountAsync(database, table));
        await engine.InsertAsync(EventTables.QaItemScores.Encode(database, [Item()], null), TestContext.Current.CancellationToken);
        Assert.Equal(1, await JsonRows.ScalarAsync(engine, $"SELECT count() FROM {database}.{table} WHERE item_name = '身份核实' AND status = 'Partial'"));
    }

    [Fact]
    public async Task A_new_database_gets_the_table_from_version_1_and_version_5_still_applies()
    {
        const string database = "t_qa_items_new";
        await fixture.Engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}", TestContext.Current.CancellationToken);
        var migrator = new SchemaMigrator(fixture.Engine, new SchemaRenderer(database));

        await migrator.MigrateAsync(AnalyticsMigrations.All.Take(1).ToList(), TestContext.Current.CancellationToken);
        Assert.Equal(1, await TableCountAsync(database, EventTables.QaItemScores.Definition.Name));
        var applied = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(5, applied);
    }

    private Task<long> TableCountAsync(string database, string table) =>
        JsonRows.ScalarAsync(fixture.Engine, $"SELECT count() FROM system.tables WHERE database = '{database}' AND name = '{table}'");

    private static QaItemScore Item() => new()
    {
        EventId = Guid.NewGuid(), CallId = "call-old-1", AgentId = "8001", ScorecardId = "standard", ScorecardVersion = 1, ItemId = "identity",
        ItemName = "身份核实", Points = 10, Score = 5, Status = "Partial", ScoredBy = "auto",
        ScoredAt = SampleEvents.Local(2026, 3, 1, 10), CallArrivedAt = SampleEvents.Local(2026, 3, 1, 9, 50),
    };
}
