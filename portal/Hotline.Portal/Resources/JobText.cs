namespace Hotline.Portal.Resources;

/// <summary>The background-job list's text for <c>IStringLocalizer&lt;JobText&gt;</c>; zh-CN in JobText.resx, en-US beside it.</summary>
public sealed class JobText;
