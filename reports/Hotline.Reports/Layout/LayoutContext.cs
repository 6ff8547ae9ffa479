namespace Hotline.Reports.Layout;

/// <summary>What every block layout needs: measuring, line breaking and the type sizes.</summary>
internal sealed record LayoutContext(ITextMeasurer Measurer, LineBreaker Breaker, ReportTheme Theme)
{
    /// <summary>The baseline-to-baseline distance of <paramref name="style"/>.</summary>
    public double LineHeight(TextStyle style) => Measurer.LineHeight(style);

    /// <summary>Places <paramref name="lines"/> one under another from the cursor, breaking pages between lines.</summary>
    public void PlaceLines(PageFlow flow, IEnumerable<string> lines, TextStyle style, double x, double width, Documents.CellAlignment alignment = Documents.CellAlignment.Left)
    {
        var height = LineHeight(style);
        foreach (var line in lines)
        {
            flow.EnsureRoom(height);
            flow.Add(new PlacedText(x, flow.Y, width, line, style, alignment));
            flow.Advance(height);
        }
    }
}
