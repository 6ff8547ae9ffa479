namespace Hotline.Grains.Tickets.Store;

/// <summary>A row of the ticket history: one action on a ticket, who took it, when, and the state before and after.</summary>
public sealed class TicketHistoryRecord
{
    public long Id { get; set; }
    public required string TicketNumber { get; set; }
    public int Sequence { get; set; }
    public required string Action { get; set; }
    public required string Actor { get; set; }
    public long AtUnixMs { get; set; }
    public string? FromState { get; set; }
    public required string ToState { get; set; }
    public string? Note { get; set; }
}
