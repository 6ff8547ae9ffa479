namespace Hotline.Reports.Charts;

/// <summary>One or more series over ordered x positions (hours, days, months).</summary>
/// <param name="Title">Shown above the plot.</param>
/// <param name="XLabels">One label per x position; long runs show every n-th label.</param>
/// <param name="Series">Each with one value per x label.</param>
/// <param name="YAxisLabel">The unit on the value axis, e.g. 通话量（次）.</param>
public sealed record LineChartSpec(string Title, IReadOnlyList<string> XLabels, IReadOnlyList<ChartSeries> Series, string YAxisLabel)
    : ChartSpec(Title);
