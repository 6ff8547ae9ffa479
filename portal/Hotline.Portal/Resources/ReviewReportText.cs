namespace Hotline.Portal.Resources;

/// <summary>The words a stored performance review is printed with (KPI names, workflow states); zh-CN in ReviewReportText.resx.</summary>
public sealed class ReviewReportText;
