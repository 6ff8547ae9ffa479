namespace Hotline.Reports.Data;

/// <summary>A figure for the report period with the same figure for the previous period (环比) and a year earlier (同比), where known.</summary>
public sealed record TrendValue(double Current, double? Previous = null, double? YearAgo = null);
