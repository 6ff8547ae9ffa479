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

    /// <summary><c>Hotline:Reports:Organisation</c>: who issues the reports (running header); unset means the 12328 hotline.</summary>
    public string? Organisation { get; set; }

    /// <summary><c>Hotline:Reports:TicketDeadlineDays</c>: days after creation by which a ticket counts as closed on time; later it is overdue.</summary>
    public int TicketDeadlineDays { get; set; } = 7;

    /// <summary><c>Hotline:Reports:QaPassMark</c>: the QA pass mark, 0–100.</summary>
    public double QaPassMark { get; set; } = 80;

    /// <summary><c>Hotline:Reports:ServiceLevelTarget</c>: the service-level goal (0–1) a day is judged against.</summary>
    public double ServiceLevelTarget { get; set; } = 0.8;

    /// <summary><c>Hotline:Reports:Topics</c>: the 专题 of the monthly report; empty means <see cref="Sources.ReportTopic.Defaults"/>.</summary>
    public IList<Sources.ReportTopic> Topics { get; set; } = [];
}
