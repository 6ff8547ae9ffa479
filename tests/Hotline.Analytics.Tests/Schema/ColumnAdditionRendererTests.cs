using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;

namespace Hotline.Analytics.Tests.Schema;

/// <summary>The DDL of a column a later migration adds: in place on one node, on the local table and its front on a cluster.</summary>
[Trait("Category", "Unit")]
public sealed class ColumnAdditionRendererTests
{
    private static readonly ColumnAddition Offered = ColumnAddition.Of(EventTables.QueueSnapshots.Definition, "offered")[0];

    [Fact]
    public void A_single_node_alters_the_table_itself_idempotently()
    {
        var statement = Assert.Single(new SchemaRenderer("hotline").AddColumn(Offered));

        Assert.Equal("ALTER TABLE hotline.queue_snapshots ADD COLUMN IF NOT EXISTS offered UInt32", statement);
    }

    [Fact]
    public void A_cluster_alters_the_local_table_then_its_distributed_front()
    {
        var statements = new SchemaRenderer("hotline", "hotline_cluster").AddColumn(Offered);

        Assert.Equal(
            [
                "ALTER TABLE hotline.queue_snapshots_local ON CLUSTER hotline_cluster ADD COLUMN IF NOT EXISTS offered UInt32",
                "ALTER TABLE hotline.queue_snapshots ON CLUSTER hotline_cluster ADD COLUMN IF NOT EXISTS offered UInt32",
            ],
            statements);
    }

    [Fact]
    public void A_column_the_table_does_not_declare_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => ColumnAddition.Of(EventTables.QueueSnapshots.Definition, "offerd"));

        Assert.Contains("'offerd'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("queue_snapshots", refused.Message, StringComparison.Ordinal);
    }
}
