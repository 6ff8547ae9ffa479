namespace Hotline.Reports.Charts;

/// <summary>A grid of values coloured by size, e.g. calls by weekday (rows) and hour (columns).</summary>
/// <param name="Title">Shown above the plot.</param>
/// <param name="RowLabels">Top to bottom.</param>
/// <param name="ColumnLabels">Left to right.</param>
/// <param name="Values">Values[row][column].</param>
/// <param name="ScaleLabel">What the colour scale measures, shown in brackets after the title.</param>
public sealed record HeatMapSpec(
    string Title,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<double>> Values,
    string ScaleLabel) : ChartSpec(Title)
{
    /// <inheritdoc />
    public override string DisplayTitle => $"{Title}（{ScaleLabel}）";
}
