namespace Hotline.Reports.Charts;

/// <summary>A named series of values, one per category or x position.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
