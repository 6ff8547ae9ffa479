namespace Hotline.Portal.Resources;

/// <summary>The decision dashboards' text for <c>IStringLocalizer&lt;DashboardText&gt;</c>; zh-CN in DashboardText.resx, en-US beside it.</summary>
public sealed class DashboardText;
