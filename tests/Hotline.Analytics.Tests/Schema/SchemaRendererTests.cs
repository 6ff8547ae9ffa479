using Hotline.Analytics.Schema;

namespace Hotline.Analytics.Tests.Schema;

[Trait("Category", "Unit")]
public sealed class SchemaRendererTests
{
    [Fact]
    public void A_single_node_gets_plain_merge_trees_partitioned_by_month_with_insert_deduplication()
    {
        var statements = new SchemaRenderer("hotline").CreateTable(RollupTables.Tickets);

        var ddl = Assert.Single(statements);
        Assert.StartsWith("CREATE TABLE IF NOT EXISTS hotline.tickets\n", ddl, StringComparison.Ordinal);
        Assert.Contains("ENGINE = ReplacingMergeTree(sequence)", ddl, StringComparison.Ordinal);
        Assert.Contains("PARTITION BY toYYYYMM(created_at)", ddl, StringComparison.Ordinal);
        Assert.Contains("ORDER BY (ticket_number)", ddl, StringComparison.Ordinal);
        Assert.Contains("category LowCardinality(String)", ddl, StringComparison.Ordinal);
        Assert.Contains("non_replicated_deduplication_window = 10000", ddl, StringComparison.Ordinal);
        Assert.DoesNotContain("ON CLUSTER", ddl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_gets_replicated_local_tables_behind_distributed_ones_all_on_cluster()
    {
        var statements = new SchemaRenderer("hotline", "hotline_cluster").CreateTable(RollupTables.Tickets);

        Assert.Equal(2, statements.Count);
        Assert.StartsWith("CREATE TABLE IF NOT EXISTS hotline.tickets_local ON CLUSTER hotline_cluster\n", statements[0], StringComparison.Ordinal);
        Assert.Contains("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/hotline/tickets_local', '{replica}', sequence)", statements[0], StringComparison.Ordinal);
        Assert.Contains("replicated_deduplication_window = 10000", statements[0], StringComparison.Ordinal);
        Assert.Equal(
            "CREATE TABLE IF NOT EXISTS hotline.tickets ON CLUSTER hotline_cluster AS hotline.tickets_local\nENGINE = Distributed(hotline_cluster, hotline, tickets_local, rand())",
            statements[1]);
    }

    [Fact]
    public void Plain_engines_get_empty_arguments_and_replicated_ones_only_the_path_and_replica()
    {
        Assert.Contains("ENGINE = MergeTree()", new SchemaRenderer("h").CreateTable(RollupTables.CallsDaily.WithEngine("MergeTree"))[0], StringComparison.Ordinal);
        Assert.Contains("ENGINE = ReplicatedSummingMergeTree('/clickhouse/tables/{shard}/h/calls_daily_local', '{replica}')",
            new SchemaRenderer("h", "c").CreateTable(RollupTables.CallsDaily)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Views_write_to_their_target_and_read_local_tables_on_a_cluster()
    {
        Assert.Equal(
            "CREATE MATERIALIZED VIEW IF NOT EXISTS h.v TO h.target\nAS SELECT x FROM h.source",
            new SchemaRenderer("h").CreateView(new ViewDefinition("v", "target", "SELECT x FROM {source}", "source")));
        Assert.Equal(
            "CREATE MATERIALIZED VIEW IF NOT EXISTS h.v ON CLUSTER c TO h.target_local\nAS SELECT x FROM h.source_local",
            new SchemaRenderer("h", "c").CreateView(new ViewDefinition("v", "target", "SELECT x FROM {source}", "source")));
    }

    [Theory]
    [InlineData("hot-line", null)]
    [InlineData("hotline", "c; DROP")]
    public void Names_that_are_not_identifiers_are_refused(string database, string? cluster) =>
        Assert.Throws<ArgumentException>(() => new SchemaRenderer(database, cluster));

    [Fact]
    public void Migration_versions_rise_and_every_event_kind_has_a_table()
    {
        var versions = AnalyticsMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(versions.Order().Distinct(), versions);
        var tables = AnalyticsMigrations.All.SelectMany(m => m.Tables).Select(t => t.Name).ToHashSet();
        foreach (var name in Grains.Abstractions.Events.DomainEventCatalog.Names)
            Assert.Contains(Hotline.Analytics.Ingestion.EventTables.For(name).Definition.Name, tables);
        foreach (var view in AnalyticsMigrations.All.SelectMany(m => m.Views))
        {
            Assert.Contains(view.Target, tables);
            Assert.Contains(view.Source, tables);
        }
    }
}
