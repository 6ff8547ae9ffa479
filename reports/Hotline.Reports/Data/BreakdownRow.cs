namespace Hotline.Reports.Data;

/// <summary>A count for one category, region or enterprise in the period, the previous period and a year earlier.</summary>
public sealed record BreakdownRow(string Name, long Current, long? Previous = null, long? YearAgo = null);
