namespace Hotline.Reports.Data;

/// <summary>Ticket figures for a period (from the ticket events).</summary>
/// <param name="Received">Tickets created (受理).</param>
/// <param name="Closed">Tickets closed (结案).</param>
/// <param name="Overdue">Tickets past their deadline at the end of the period.</param>
/// <param name="OpenAtEnd">Tickets still open at the end of the period.</param>
public sealed record TicketFigures(long Received, long Closed, long Overdue, long OpenAtEnd);
