namespace Hotline.Reports.Documents;

/// <summary>A whole report: title page lines, running header text and numbered sections.</summary>
/// <param name="Title">The report's title, e.g. 12328 热线运营日报.</param>
/// <param name="Subtitle">The line under the title: period and scope.</param>
/// <param name="Organisation">Who issues it, shown in the running header.</param>
/// <param name="GeneratedAt">When the figures were taken, shown under the title.</param>
/// <param name="Sections">The body, numbered 一、二、… in order.</param>
public sealed record ReportDocument(
    string Title,
    string Subtitle,
    string Organisation,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ReportSection> Sections);
