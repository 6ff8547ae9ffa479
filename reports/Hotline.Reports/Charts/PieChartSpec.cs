namespace Hotline.Reports.Charts;

/// <summary>Shares of a whole as a pie, or a donut with a hole.</summary>
public sealed record PieChartSpec(string Title, IReadOnlyList<ChartSlice> Slices, bool Donut = false) : ChartSpec(Title);
