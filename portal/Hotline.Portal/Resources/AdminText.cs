namespace Hotline.Portal.Resources;

/// <summary>The administration pages' text for <c>IStringLocalizer&lt;AdminText&gt;</c>; zh-CN in AdminText.resx, en-US beside it.</summary>
public sealed class AdminText;
