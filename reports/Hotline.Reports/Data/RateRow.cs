namespace Hotline.Reports.Data;

/// <summary>A rate (0–1) for one named group in the period and the previous period.</summary>
public sealed record RateRow(string Name, double Rate, double? PreviousRate = null);
