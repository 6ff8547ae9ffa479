using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Draws a <see cref="FunnelChartSpec"/>: centred horizontal bars, widest at the top, each labelled with its count and its share of the first stage.</summary>
internal static class FunnelChartPlotter
{
    /// <summary>Adds the stage bars and stage names to <paramref name="plot"/>.</summary>
    public static void Draw(Plot plot, FunnelChartSpec spec)
    {
        var count = spec.Stages.Count;
        var first = count > 0 ? spec.Stages[0].Value : 0;
        var bars = new List<Bar>();
        for (var i = 0; i < count; i++)
        {
            var stage = spec.Stages[i];
            if (stage.Value < 0)
                throw new ArgumentException($"Funnel '{spec.Title}': stage '{stage.Name}' has the negative value {stage.Value}.");
            var share = first > 0 ? (stage.Value / first).ToString("P1", ChartStyle.Culture) : "-";
            bars.Add(new Bar
            {
                Position = count - 1 - i,
                ValueBase = -stage.Value / 2,
                Value = stage.Value / 2,
                Size = 0.8,
                FillColor = ChartStyle.SeriesColor(0).WithAlpha(1 - (0.12 * i)),
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
                Label = $"{stage.Value.ToString("N0", ChartStyle.Culture)} ({share})",
                CenterLabel = true,
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, count).Select(i => (double)(count - 1 - i))], [.. spec.Stages.Select(s => s.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.HideGrid();
        var half = Math.Max(first, 1) / 2;
        plot.Axes.SetLimitsX(-half * 1.05, half * 1.05);
    }
}
