namespace Hotline.Reports;

/// <summary>Settings under <c>Hotline:Reports</c>: where the fonts are and how finely charts are rasterised.</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Hotline:Reports";

    /// <summary><c>Hotline:Reports:FontFolder</c>: the folder holding the Noto Sans SC TrueType files; unset means search (see FontFolderLocator).</summary>
    public string? FontFolder { get; set; }

    /// <summary><c>Hotline:Reports:ChartFontFile</c>: the font file charts are drawn with; unset means Debian's WenQuanYi Micro Hei.</summary>
    public string? ChartFontFile { get; set; }

    /// <summary><c>Hotline:Reports:ChartScale</c>: pixels per point of chart images embedded in PDFs (3 ≈ 216 dpi).</summary>
    public double ChartScale { get; set; } = 3;
}
