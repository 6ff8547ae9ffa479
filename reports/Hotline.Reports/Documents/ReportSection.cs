namespace Hotline.Reports.Documents;

/// <summary>A numbered section: a heading and the blocks under it.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
