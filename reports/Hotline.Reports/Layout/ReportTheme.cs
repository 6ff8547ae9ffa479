namespace Hotline.Reports.Layout;

/// <summary>Type sizes and spacing of the report layout, in points.</summary>
public sealed record ReportTheme
{
    /// <summary>The sizes every report uses.</summary>
    public static readonly ReportTheme Standard = new();

    /// <summary>The report title on the first page.</summary>
    public TextStyle Title { get; init; } = new(20, true, InkColor.Accent);

    /// <summary>The period line under the title.</summary>
    public TextStyle Subtitle { get; init; } = new(11, false, InkColor.Text);

    /// <summary>Numbered section headings.</summary>
    public TextStyle Section { get; init; } = new(14, true, InkColor.Accent);

    /// <summary>Headings inside sections.</summary>
    public TextStyle Subheading { get; init; } = TextStyle.Strong(11.5);

    /// <summary>Running text.</summary>
    public TextStyle Body { get; init; } = TextStyle.Regular(10.5);

    /// <summary>Small print and captions.</summary>
    public TextStyle Fine { get; init; } = new(9, false, InkColor.Muted);

    /// <summary>Table and figure captions.</summary>
    public TextStyle Caption { get; init; } = new(9.5, true, InkColor.Accent);

    /// <summary>Table cells.</summary>
    public TextStyle Cell { get; init; } = TextStyle.Regular(9.5);

    /// <summary>Running header and footer.</summary>
    public TextStyle Furniture { get; init; } = new(8.5, false, InkColor.Muted);

    /// <summary>Key-figure values.</summary>
    public TextStyle FigureValue { get; init; } = new(15, true, InkColor.Accent);

    /// <summary>Space after a paragraph, table, figure or key-figure grid.</summary>
    public double BlockGap { get; init; } = 8;

    /// <summary>Space above a section heading (not at the top of a page).</summary>
    public double SectionGap { get; init; } = 14;

    /// <summary>Padding inside table cells, left and right.</summary>
    public double CellPaddingX { get; init; } = 4;

    /// <summary>Padding inside table cells, top and bottom.</summary>
    public double CellPaddingY { get; init; } = 3;
}
