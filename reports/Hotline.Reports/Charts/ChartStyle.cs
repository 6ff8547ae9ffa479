using System.Globalization;
using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>The look every chart shares: the CJK font, sizes and the series palette.</summary>
internal static class ChartStyle
{
    /// <summary>Series colours, in order; chosen to stay distinct in greyscale print.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#1F4E8C"), Color.FromHex("#E07B24"), Color.FromHex("#3A9D5D"), Color.FromHex("#C23B3B"),
        Color.FromHex("#7B5EA7"), Color.FromHex("#8C6D4F"), Color.FromHex("#D16BA5"), Color.FromHex("#6B7A8F"),
    ];

    /// <summary>Numbers on charts are formatted as in mainland China ("60.0%", "1,234").</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Every category of a bar chart up to this many is labelled (turned if need be); more are thinned.</summary>
    public const int MaxTickLabels = 12;

    /// <summary>The size tick labels are set in.</summary>
    public const float TickFontSize = 11;

    // The share of the image width the data area takes, leaving room for the value axis and a legend.
    private const double DataAreaShare = 0.7;

    /// <summary>The colour of series <paramref name="index"/>, cycling through the palette.</summary>
    public static Color SeriesColor(int index) => Palette[index % Palette.Length];

    /// <summary>Sets the title and applies the font to every label; call after all plottables are added so legends pick it up.</summary>
    public static void Finish(Plot plot, string title, string fontFamily)
    {
        plot.Title(title, size: 15);
        plot.Axes.Title.Label.Bold = false;
        plot.Font.Set(fontFamily);
        plot.Legend.FontName = fontFamily;
        plot.Legend.FontSize = 11;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = 12;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickFontSize;
        }
    }

    /// <summary>How many of <paramref name="labels"/> fit level side by side in an image <paramref name="width"/> units wide.</summary>
    public static int FittingLabels(IReadOnlyList<string> labels, int width) =>
        labels.Count == 0 ? 0 : Math.Max(2, (int)(width * DataAreaShare / ((labels.Max(EmWidth) * TickFontSize) + 8)));

    /// <summary>The width a label would take across the data area's share of an image <paramref name="width"/> units wide, per label slot.</summary>
    public static double Slot(int width, int count) => width * DataAreaShare / Math.Max(count, 1);

    /// <summary>A label's width in ems: a Chinese character is one em, Latin letters and digits about half.</summary>
    public static double EmWidth(string label) => label.Sum(c => c > 0x2E80 ? 1.0 : 0.55);

    /// <summary>Tick positions and labels, thinned to every n-th so at most <paramref name="maxLabels"/> show.</summary>
    public static (double[] Positions, string[] Labels) Ticks(IReadOnlyList<string> labels, Func<int, double> position, int maxLabels)
    {
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)Math.Max(maxLabels, 1)));
        var indexes = Enumerable.Range(0, labels.Count).Where(i => i % step == 0).ToArray();
        return ([.. indexes.Select(position)], [.. indexes.Select(i => labels[i])]);
    }

    /// <summary>Throws naming the series whose value count differs from <paramref name="expected"/>.</summary>
    public static void RequireLengths(string chart, IEnumerable<ChartSeries> series, int expected, string against)
    {
        foreach (var s in series)
        {
            if (s.Values.Count != expected)
                throw new ArgumentException($"Chart '{chart}': series '{s.Name}' has {s.Values.Count} values but there are {expected} {against}.");
        }
    }
}
