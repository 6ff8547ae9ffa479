namespace Hotline.Reports.Sources;

/// <summary>A finished report: the request it answers, the PDF, a file name, its title and whether the period held any data.</summary>
public sealed record GeneratedReport(ReportRequest Request, string Title, string FileName, byte[] Pdf, bool HasData);
