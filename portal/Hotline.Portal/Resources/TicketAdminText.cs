namespace Hotline.Portal.Resources;

/// <summary>The ticket category, workflow and notice administration pages' text; zh-CN in TicketAdminText.resx, en-US beside it.</summary>
public sealed class TicketAdminText;
