using Hotline.Reports.Charts;

namespace Hotline.Reports.Layout;

/// <summary>A chart to be drawn into the given rectangle.</summary>
public sealed record PlacedChart(double X, double Top, double Width, double Height, ChartSpec Chart) : PlacedItem;
