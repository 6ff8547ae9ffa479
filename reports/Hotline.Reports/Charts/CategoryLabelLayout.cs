using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Turns long category labels under upright bars by 45° and reserves the room they need.</summary>
/// <remarks>
/// ScottPlot sizes the bottom axis from unrotated label heights, so rotated Chinese labels ran into the axis title and
/// off the image; the panel is therefore given an explicit minimum size measured from the longest label.
/// </remarks>
internal static class CategoryLabelLayout
{
    /// <summary>Rotates and makes room when the shown <paramref name="categories"/> labels would collide level in an image <paramref name="width"/> units wide.</summary>
    public static void Fit(Plot plot, IReadOnlyList<string> categories, int width)
    {
        if (categories.Count == 0)
            return;
        var style = plot.Axes.Bottom.TickLabelStyle;
        var longest = categories.Max(ChartStyle.EmWidth);
        if ((longest * ChartStyle.TickFontSize) + 8 <= ChartStyle.Slot(width, categories.Count))
            return;

        style.Rotation = 45;
        style.Alignment = Alignment.MiddleLeft;
        var fontSize = ChartStyle.TickFontSize;
        var diagonal = (longest * fontSize * Math.Sin(Math.PI / 4)) + fontSize;
        var title = string.IsNullOrEmpty(plot.Axes.Bottom.Label.Text) ? 0 : plot.Axes.Bottom.Label.FontSize * 2;
        plot.Axes.Bottom.MinimumSize = (float)(diagonal + title + 8);
    }
}
