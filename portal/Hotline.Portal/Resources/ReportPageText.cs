namespace Hotline.Portal.Resources;

/// <summary>The report page's text for <c>IStringLocalizer&lt;ReportPageText&gt;</c>; zh-CN in ReportPageText.resx, en-US beside it.</summary>
public sealed class ReportPageText;
