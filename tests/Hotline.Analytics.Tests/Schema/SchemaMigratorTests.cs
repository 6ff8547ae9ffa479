using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;

namespace Hotline.Analytics.Tests.Schema;

[Trait("Category", "Integration")]
public sealed class SchemaMigratorTests(EmbeddedEngineFixture fixture)
{
    [Fact]
    public async Task A_fresh_database_gets_every_version_and_a_second_run_changes_nothing()
    {
        var engine = fixture.Engine;
        var migrator = await FreshAsync("t_migrate_fresh");

        var first = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        var second = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(AnalyticsMigrations.All.Select(m => m.Version), first);
        Assert.Empty(second);
        var tables = JsonRows.Parse(await engine.QueryAsync(
            "SELECT name, engine, partition_key FROM system.tables WHERE database = 't_migrate_fresh' ORDER BY name", cancellationToken: TestContext.Current.CancellationToken))
            .ToDictionary(r => r.Text("name"), r => (Engine: r.Text("engine"), Partition: r.Text("partition_key")));
        Assert.Equal(("MergeTree", "toYYYYMM(arrived_at)"), tables["calls"]);
        Assert.Equal("ReplacingMergeTree", tables["tickets"].Engine);
        Assert.Equal("SummingMergeTree", tables["calls_daily"].Engine);
        Assert.Equal("MaterializedView", tables["tickets_daily_mv"].Engine);
        Assert.Equal(AnalyticsMigrations.All.Count, await JsonRows.ScalarAsync(engine, "SELECT count() FROM t_migrate_fresh.schema_migrations FINAL"));
    }

    [Fact]
    public async Task A_migration_interrupted_before_it_was_recorded_runs_again_without_error()
    {
        var engine = fixture.Engine;
        var migrator = await FreshAsync("t_migrate_resume");
        await migrator.MigrateAsync(AnalyticsMigrations.All.Take(1).ToList(), TestContext.Current.CancellationToken);
        // Half of version 2 ran (its table exists), then the process died before the version was recorded.
        foreach (var statement in migrator.Statements(AnalyticsMigrations.All[1]).Take(1))
            await engine.ExecuteAsync(statement, TestContext.Current.CancellationToken);

        var applied = await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(AnalyticsMigrations.All.Skip(1).Select(m => m.Version), applied);
        Assert.Equal(AnalyticsMigrations.All.Select(m => m.Version).ToHashSet(), await migrator.AppliedVersionsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Versions_out_of_order_are_refused()
    {
        var migrator = new SchemaMigrator(fixture.Engine, new SchemaRenderer("t_migrate_order"));
        AnalyticsMigration[] migrations = [new(2, "b", [], []), new(1, "a", [], [])];

        await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync(migrations, TestContext.Current.CancellationToken));
    }

    /// <summary>A migrator over a database that does not exist yet.</summary>
    private async Task<SchemaMigrator> FreshAsync(string database)
    {
        await fixture.Engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}", TestContext.Current.CancellationToken);
        return new SchemaMigrator(fixture.Engine, new SchemaRenderer(database));
    }
}
