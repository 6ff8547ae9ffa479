using Hotline.Reports.Documents;

namespace Hotline.Reports.Sources;

/// <summary>A report document built from the analytics store, before it is written as PDF, and whether the period held any data.</summary>
public sealed record BuiltReport(ReportDocument Document, bool HasData);
