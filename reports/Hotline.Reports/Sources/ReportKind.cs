namespace Hotline.Reports.Sources;

/// <summary>The four reports: 日报, 月度分析报告, 质检报告, 绩效考核表.</summary>
public enum ReportKind
{
    /// <summary>Daily operations (日报), one day.</summary>
    Daily,

    /// <summary>Monthly analysis (月度分析报告), one calendar month.</summary>
    Monthly,

    /// <summary>QA summary (质检报告): daily, weekly or monthly by the period's length.</summary>
    Qa,

    /// <summary>One agent's performance review (绩效考核表).</summary>
    Review,
}
