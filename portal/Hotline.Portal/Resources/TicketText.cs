namespace Hotline.Portal.Resources;

/// <summary>The text of the staff ticket pages (工单中心) for <c>IStringLocalizer&lt;TicketText&gt;</c>; zh-CN in TicketText.resx, en-US beside it.</summary>
public sealed class TicketText;
