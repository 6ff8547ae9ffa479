namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>What one pass of a sweep did: tickets acted on, tickets examined, pages read.</summary>
public sealed record TicketSweepPass(int Acted, int Examined, int Pages);
