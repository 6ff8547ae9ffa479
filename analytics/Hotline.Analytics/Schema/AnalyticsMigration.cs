namespace Hotline.Analytics.Schema;

/// <summary>One versioned step of the analytics schema: tables and views it creates and columns it adds, idempotently.</summary>
public sealed record AnalyticsMigration(
    int Version,
    string Description,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<ViewDefinition> Views,
    IReadOnlyList<ColumnAddition>? AddedColumns = null);
