namespace Hotline.Reports.Data;

/// <summary>A topic analysis (专题分析): a title, the analyst's or model's summary, and the breakdown behind it.</summary>
public sealed record TopicSection(string Title, string Summary, IReadOnlyList<BreakdownRow> Breakdown);
