namespace Hotline.Reports.Layout;

/// <summary>A filled and/or outlined rectangle, drawn beneath the items placed after it.</summary>
public sealed record PlacedBox(double X, double Top, double Width, double Height, InkColor? Fill, InkColor? Border) : PlacedItem;
