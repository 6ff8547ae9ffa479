namespace Hotline.Reports.Layout;

/// <summary>Page size and margins in points; the body runs between the margins, header and footer sit inside them.</summary>
public sealed record PageGeometry(double Width, double Height, double MarginLeft, double MarginRight, double MarginTop, double MarginBottom)
{
    /// <summary>A4 portrait with 2 cm side margins and room for the running header and footer.</summary>
    public static readonly PageGeometry A4 = new(595.28, 841.89, 56.7, 56.7, 72, 64);

    /// <summary>The width of the text column.</summary>
    public double BodyWidth => Width - MarginLeft - MarginRight;

    /// <summary>Where the body ends on every page.</summary>
    public double BodyBottom => Height - MarginBottom;

    /// <summary>The height of the body on every page.</summary>
    public double BodyHeight => BodyBottom - MarginTop;
}
