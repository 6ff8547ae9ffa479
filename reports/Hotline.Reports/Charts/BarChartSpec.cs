namespace Hotline.Reports.Charts;

/// <summary>Bars per category, grouped side by side or stacked, upright or horizontal.</summary>
/// <param name="Title">Shown above the plot.</param>
/// <param name="Categories">One label per bar position.</param>
/// <param name="Series">Each with one value per category.</param>
/// <param name="ValueAxisLabel">The unit on the value axis.</param>
/// <param name="Arrangement">Side by side or stacked.</param>
/// <param name="Horizontal">Bars grow to the right and categories read down the left: better for long Chinese names.</param>
public sealed record BarChartSpec(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string ValueAxisLabel,
    BarArrangement Arrangement = BarArrangement.Grouped,
    bool Horizontal = false) : ChartSpec(Title);
