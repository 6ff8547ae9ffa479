namespace Hotline.Reports.Layout;

/// <summary>A straight line from (<paramref name="X1"/>, <paramref name="Y1"/>) to (<paramref name="X2"/>, <paramref name="Y2"/>).</summary>
public sealed record PlacedRule(double X1, double Y1, double X2, double Y2, double Thickness, InkColor Color) : PlacedItem;
