namespace Hotline.Analytics.Schema;

/// <summary>A MergeTree-family table of the analytics schema.</summary>
/// <param name="Name">The table's name inside the analytics database.</param>
/// <param name="Columns">Its columns in order.</param>
/// <param name="Engine">The engine without the Replicated prefix and without arguments for the plain ones: MergeTree, SummingMergeTree, ReplacingMergeTree(version_column).</param>
/// <param name="PartitionBy">The partition expression (by month for event tables).</param>
/// <param name="OrderBy">The sorting key, chosen for the main queries.</param>
public sealed record TableDefinition(string Name, IReadOnlyList<ColumnDefinition> Columns, string Engine, string PartitionBy, string OrderBy)
{
    /// <summary>Insert-deduplication memory: how many recent insert tokens the table remembers.</summary>
    public const int DeduplicationWindow = 10_000;

    /// <summary>The same table on another engine.</summary>
    public TableDefinition WithEngine(string engine) => this with { Engine = engine };
}
