namespace Hotline.Portal.Resources;

/// <summary>The roster pages' text (排班) for <c>IStringLocalizer&lt;RosterText&gt;</c>; zh-CN in RosterText.resx, en-US beside it.</summary>
public sealed class RosterText;
