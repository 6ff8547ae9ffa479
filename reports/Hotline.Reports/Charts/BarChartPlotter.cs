using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Draws a <see cref="BarChartSpec"/>: grouped or stacked bars, upright or horizontal.</summary>
internal static class BarChartPlotter
{
    private const double GroupWidth = 0.8;

    /// <summary>Adds the bars, category ticks and value axis label to <paramref name="plot"/>, an image <paramref name="width"/> units wide.</summary>
    public static void Draw(Plot plot, BarChartSpec spec, int width)
    {
        ChartStyle.RequireLengths(spec.Title, spec.Series, spec.Categories.Count, "categories");
        var stacked = spec.Arrangement == BarArrangement.Stacked;
        var barSize = stacked ? GroupWidth : GroupWidth / Math.Max(1, spec.Series.Count);
        var bases = new double[spec.Categories.Count];
        var count = spec.Categories.Count;

        // Horizontal bars list the first category at the top, as a table beside the chart would.
        double Position(int category) => spec.Horizontal ? count - 1 - category : category;

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var c = 0; c < spec.Categories.Count; c++)
            {
                var value = spec.Series[s].Values[c];
                var position = stacked ? Position(c) : Position(c) - (GroupWidth / 2) + (barSize * (s + 0.5));
                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = stacked ? bases[c] : 0,
                    Value = stacked ? bases[c] + value : value,
                    Size = barSize * 0.92,
                    FillColor = ChartStyle.SeriesColor(s),
                    LineWidth = 0,
                    Orientation = spec.Horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
                if (stacked)
                    bases[c] += value;
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = spec.Series[s].Name;
        }

        var shown = spec.Categories.Count <= ChartStyle.MaxTickLabels ? spec.Categories.Count : ChartStyle.FittingLabels(spec.Categories, width);
        var (positions, labels) = ChartStyle.Ticks(spec.Categories, Position, shown);
        var categoryAxis = spec.Horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = spec.Horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        categoryAxis.SetTicks(positions, labels);
        valueAxis.Label.Text = spec.ValueAxisLabel;
        categoryAxis.MajorTickStyle.Length = 0;
        if (spec.Horizontal)
        {
            plot.Axes.Margins(left: 0, right: 0.08);
        }
        else
        {
            plot.Axes.Margins(bottom: 0, top: 0.1);
            CategoryLabelLayout.Fit(plot, labels, width);
        }

        // One series needs no legend; ScottPlot would otherwise show its label inside the plot.
        if (spec.Series.Count > 1)
            plot.ShowLegend(Edge.Right);
        else
            plot.HideLegend();
    }
}
