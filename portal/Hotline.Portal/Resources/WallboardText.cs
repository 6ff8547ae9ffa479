namespace Hotline.Portal.Resources;

/// <summary>The text of the supervisor wallboard for <c>IStringLocalizer&lt;WallboardText&gt;</c>; zh-CN in WallboardText.resx, en-US beside it.</summary>
public sealed class WallboardText;
