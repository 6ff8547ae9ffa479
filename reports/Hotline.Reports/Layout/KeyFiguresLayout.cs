using Hotline.Reports.Documents;

namespace Hotline.Reports.Layout;

/// <summary>Headline figures in boxes, up to four to a row: label, value, and the change (wrapped, coloured by whether it is good news).</summary>
internal sealed class KeyFiguresLayout(LayoutContext context)
{
    private const int PerRow = 4;
    private const double Gap = 8;
    private const double Padding = 6;

    /// <summary>The height of the first row of boxes.</summary>
    public double LeadHeight(KeyFiguresBlock block, double width) =>
        block.Figures.Count == 0 ? 0 : RowHeight(block.Figures.Take(PerRow).ToList(), BoxWidth(block, width));

    /// <summary>Places the grid at the cursor, breaking pages between rows of boxes.</summary>
    public void Place(PageFlow flow, KeyFiguresBlock block)
    {
        var boxWidth = BoxWidth(block, flow.Width);
        foreach (var row in block.Figures.Chunk(PerRow))
        {
            var height = RowHeight(row, boxWidth);
            flow.EnsureRoom(height);
            for (var i = 0; i < row.Length; i++)
                PlaceBox(flow, row[i], flow.Left + (i * (boxWidth + Gap)), boxWidth, height);
            flow.Advance(height + Gap);
        }

        flow.Gap(context.Theme.BlockGap - Gap);
    }

    private void PlaceBox(PageFlow flow, KeyFigure figure, double x, double width, double height)
    {
        var theme = context.Theme;
        var inner = width - (2 * Padding);
        flow.Add(new PlacedBox(x, flow.Y, width, height, InkColor.BandFill, InkColor.Grid));
        var top = flow.Y + Padding;
        foreach (var line in context.Breaker.Break(figure.Label, theme.Fine, inner))
        {
            flow.Add(new PlacedText(x + Padding, top, inner, line, theme.Fine, CellAlignment.Center));
            top += context.LineHeight(theme.Fine);
        }

        flow.Add(new PlacedText(x + Padding, top, inner, figure.Value, theme.FigureValue, CellAlignment.Center));
        top += context.LineHeight(theme.FigureValue);
        var changeStyle = theme.Fine.In(figure.Trend switch
        {
            Trend.Better => InkColor.Good,
            Trend.Worse => InkColor.Bad,
            _ => InkColor.Muted,
        });
        foreach (var line in context.Breaker.Break(figure.Change, changeStyle, inner))
        {
            flow.Add(new PlacedText(x + Padding, top, inner, line, changeStyle, CellAlignment.Center));
            top += context.LineHeight(changeStyle);
        }
    }

    private static double BoxWidth(KeyFiguresBlock block, double width)
    {
        var columns = Math.Clamp(block.Figures.Count, 1, PerRow);
        return (width - ((columns - 1) * Gap)) / columns;
    }

    private double RowHeight(IReadOnlyList<KeyFigure> row, double boxWidth)
    {
        var theme = context.Theme;
        var inner = boxWidth - (2 * Padding);
        var fineLines = row.Max(f => context.Breaker.Break(f.Label, theme.Fine, inner).Count + context.Breaker.Break(f.Change, theme.Fine, inner).Count);
        return (2 * Padding) + (fineLines * context.LineHeight(theme.Fine)) + context.LineHeight(theme.FigureValue);
    }
}
