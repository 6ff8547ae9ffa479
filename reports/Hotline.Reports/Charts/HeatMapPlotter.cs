using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Draws a <see cref="HeatMapSpec"/>: coloured cells with row and column labels and a colour scale.</summary>
internal static class HeatMapPlotter
{
    /// <summary>Adds the cells, ticks (as many column labels as fit in <paramref name="width"/>) and colour bar to <paramref name="plot"/>.</summary>
    public static void Draw(Plot plot, HeatMapSpec spec, int width)
    {
        var rows = spec.RowLabels.Count;
        var columns = spec.ColumnLabels.Count;
        if (spec.Values.Count != rows)
            throw new ArgumentException($"Heat map '{spec.Title}': {spec.Values.Count} rows of values for {rows} row labels.");
        var cells = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            if (spec.Values[r].Count != columns)
                throw new ArgumentException($"Heat map '{spec.Title}': row '{spec.RowLabels[r]}' has {spec.Values[r].Count} values for {columns} columns.");
            for (var c = 0; c < columns; c++)
                cells[r, c] = spec.Values[r][c];
        }

        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new HeatColormap();
        // ScottPlot centres cell [r, c] on (c, rows - 1 - r): the first row is drawn at the top. The colour bar carries
        // no label because its rotated label is clipped at the image edge; the scale's meaning is in the title instead.
        plot.Add.ColorBar(heatmap);

        var (columnPositions, columnLabels) = ChartStyle.Ticks(spec.ColumnLabels, c => c, Math.Min(ChartStyle.FittingLabels(spec.ColumnLabels, width), ChartStyle.MaxTickLabels));
        plot.Axes.Bottom.SetTicks(columnPositions, columnLabels);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows).Select(r => (double)(rows - 1 - r))], [.. spec.RowLabels]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.HideGrid();
    }
}
