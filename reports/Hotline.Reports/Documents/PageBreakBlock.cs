namespace Hotline.Reports.Documents;

/// <summary>Starts a new page.</summary>
public sealed record PageBreakBlock : ReportBlock;
