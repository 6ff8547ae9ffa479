using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Draws a <see cref="PieChartSpec"/>: slices with their percentages, a legend of names, optionally a donut.</summary>
internal static class PieChartPlotter
{
    /// <summary>Slices under this share get no label on the chart (the legend still names them).</summary>
    private const double LabelledShare = 0.04;

    /// <summary>Adds the slices and legend to <paramref name="plot"/>.</summary>
    public static void Draw(Plot plot, PieChartSpec spec)
    {
        var negative = spec.Slices.FirstOrDefault(s => s.Value < 0);
        if (negative != null)
            throw new ArgumentException($"Pie chart '{spec.Title}': slice '{negative.Name}' has the negative value {negative.Value}.");
        var total = spec.Slices.Sum(s => s.Value);
        var slices = spec.Slices.Select((s, i) => new PieSlice
        {
            Value = s.Value,
            FillColor = ChartStyle.SeriesColor(i),
            LegendText = s.Name,
            Label = total > 0 && s.Value / total >= LabelledShare
                ? (s.Value / total).ToString("P1", ChartStyle.Culture)
                : string.Empty,
        }).ToList();

        var pie = plot.Add.Pie(slices);
        pie.DonutFraction = spec.Donut ? 0.5 : 0;
        pie.SliceLabelDistance = spec.Donut ? 0.75 : 0.65;
        pie.LineWidth = 1;
        pie.LineColor = Colors.White;
        foreach (var slice in slices)
        {
            slice.LabelFontColor = Colors.White;
            slice.LabelFontSize = 11;
            slice.LabelBold = true;
        }

        plot.Axes.Frameless();
        plot.HideGrid();
        plot.ShowLegend(Edge.Right);
    }
}
