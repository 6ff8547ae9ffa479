namespace Hotline.Reports.Builders;

/// <summary>What every report states besides its figures: who issues it and when the figures were taken.</summary>
public sealed record ReportContext(string Organisation, DateTimeOffset GeneratedAt);
