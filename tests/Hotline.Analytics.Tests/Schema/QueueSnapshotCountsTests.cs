using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;

namespace Hotline.Analytics.Tests.Schema;

/// <summary>
/// The offered/answered/abandoned columns of queue_snapshots (QueueSnapshotTaken version 2): a database created before
/// them gains them through migration 4, a new one has them from the start, and ingested snapshots fill them.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueueSnapshotCountsTests(EmbeddedEngineFixture fixture)
{
    private static readonly string[] Counts = ["offered", "answered", "abandoned"];

    [Fact]
    public async Task A_database_from_before_the_counts_gains_them_and_keeps_its_rows()
    {
        const string database = "t_snapshot_counts_old";
        var engine = fixture.Engine;
        await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}", TestContext.Current.CancellationToken);
        var migrator = new SchemaMigrator(engine, new SchemaRenderer(database));
        // Versions 1–3 as they shipped: queue_snapshots without the count columns.
        var current = EventTables.QueueSnapshots.Definition;
        var old = current with { Columns = [.. current.Columns.Where(c => !Counts.Contains(c.Name))] };
        var shipped = AnalyticsMigrations.All[0] with { Tables = [.. AnalyticsMigrations.All[0].Tables.Select(t => t.Name == old.Name ? old : t)] };
        await migrator.MigrateAsync([shipped, .. AnalyticsMigrations.All.Where(m => m.Version is 2 or 3)], TestContext.Current.CancellationToken);
        Assert.Empty(await CountColumnsAsync(database));
        await engine.ExecuteAsync($"INSERT INTO {database}.queue_snapshots (event_id, schema_version, queue, taken_at, waiting) "
            + "VALUES (generateUUIDv4(), 1, 'complaints', now64(3), 4)", TestContext.Current.CancellationToken);

        var applied = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(AnalyticsMigrations.All.Where(m => m.Version >= 4).Select(m => m.Version), applied);
        Assert.Equal(Counts.Order(StringComparer.Ordinal), (await CountColumnsAsync(database)).Keys.Order(StringComparer.Ordinal));
        Assert.All((await CountColumnsAsync(database)).Values, type => Assert.Equal("UInt32", type));
        Assert.Equal(1, await JsonRows.ScalarAsync(engine,
            $"SELECT count() FROM {database}.queue_snapshots WHERE waiting = 4 AND offered = 0 AND answered = 0 AND abandoned = 0"));
    }

    [Fact]
    public async Task A_new_database_has_the_counts_and_ingested_snapshots_fill_them()
    {
        using var harness = await IngestionHarness.CreateAsync(fixture.Engine, "t_snapshot_counts_new");
        Assert.Equal(Counts.Length, (await CountColumnsAsync(harness.Database)).Count);
        var snapshot = SampleEvents.QueueSnapshot("complaints", SampleEvents.Local(2026, 3, 1), 2) with { Offered = 7, Answered = 5, Abandoned = 1 };
        await harness.AppendAsync([snapshot]);

        await harness.Consumer().DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, await harness.CountAsync("queue_snapshots", "offered = 7 AND answered = 5 AND abandoned = 1 AND schema_version = 2"));
    }

    /// <summary>The count columns queue_snapshots has in <paramref name="database"/>, with their types.</summary>
    private async Task<Dictionary<string, string>> CountColumnsAsync(string database) =>
        JsonRows.Parse(await fixture.Engine.QueryAsync(
                $"SELECT name, type FROM system.columns WHERE database = '{database}' AND table = 'queue_snapshots' "
                + "AND name IN ('offered', 'answered', 'abandoned')", cancellationToken: TestContext.Current.CancellationToken))
            .ToDictionary(r => r.Text("name"), r => r.Text("type"), StringComparer.Ordinal);
}
