namespace Hotline.Portal.Resources;

/// <summary>The text of the agent desktop for <c>IStringLocalizer&lt;DeskText&gt;</c>; zh-CN in DeskText.resx, en-US beside it.</summary>
public sealed class DeskText;
