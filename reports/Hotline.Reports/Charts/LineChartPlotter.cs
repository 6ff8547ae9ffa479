using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Draws a <see cref="LineChartSpec"/>: one line per series over evenly spaced x labels.</summary>
internal static class LineChartPlotter
{
    /// <summary>Adds the series, ticks (as many as fit level in <paramref name="width"/>) and axis label to <paramref name="plot"/>.</summary>
    public static void Draw(Plot plot, LineChartSpec spec, int width)
    {
        ChartStyle.RequireLengths(spec.Title, spec.Series, spec.XLabels.Count, "x labels");
        double[] xs = [.. Enumerable.Range(0, spec.XLabels.Count).Select(i => (double)i)];
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var line = plot.Add.Scatter(xs, [.. spec.Series[i].Values], ChartStyle.SeriesColor(i));
            line.LegendText = spec.Series[i].Name;
            line.LineWidth = 2;
            line.MarkerSize = spec.XLabels.Count > 40 ? 0 : 5;
        }

        var (positions, labels) = ChartStyle.Ticks(spec.XLabels, i => i, Math.Min(ChartStyle.FittingLabels(spec.XLabels, width), ChartStyle.MaxTickLabels));
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.Label.Text = spec.YAxisLabel;
        plot.Axes.Margins(left: 0.03, right: 0.03);
        // Counts read against zero; a line hugging the bottom edge would hide its markers.
        var highest = spec.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var lowest = spec.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Min();
        plot.Axes.SetLimitsY(Math.Min(0, lowest * 1.1), highest > 0 ? highest * 1.15 : 1);
        if (spec.Series.Count > 1)
            plot.ShowLegend(Edge.Right);
        else
            plot.HideLegend();
    }
}
