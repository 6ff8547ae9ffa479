namespace Hotline.Analytics.Schema;

/// <summary>A column of an analytics table: its name and ClickHouse type as stored.</summary>
public sealed record ColumnDefinition(string Name, string Type);
