namespace Hotline.Portal.Resources;

/// <summary>The shared UI text (layout, navigation, sign-in, role names, audit log) for <c>IStringLocalizer&lt;PortalText&gt;</c>; zh-CN in PortalText.resx, en-US beside it.</summary>
public sealed class PortalText;
