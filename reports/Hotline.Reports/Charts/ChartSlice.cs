namespace Hotline.Reports.Charts;

/// <summary>One share of a pie or donut.</summary>
public sealed record ChartSlice(string Name, double Value);
