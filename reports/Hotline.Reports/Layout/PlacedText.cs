using Hotline.Reports.Documents;

namespace Hotline.Reports.Layout;

/// <summary>One line of text in a box starting at (<paramref name="X"/>, <paramref name="Top"/>), aligned within <paramref name="Width"/>.</summary>
public sealed record PlacedText(double X, double Top, double Width, string Text, TextStyle Style, CellAlignment Alignment = CellAlignment.Left)
    : PlacedItem;
