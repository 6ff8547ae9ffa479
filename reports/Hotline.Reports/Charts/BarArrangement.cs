namespace Hotline.Reports.Charts;

/// <summary>How several series share a category in a bar chart.</summary>
public enum BarArrangement
{
    /// <summary>Side by side, one bar per series.</summary>
    Grouped,

    /// <summary>One bar per category, series stacked on each other.</summary>
    Stacked,
}
