namespace Hotline.Grains.Tickets.Store;

/// <summary>A row mapping a channel's delivery key to the ticket it created, so a retried delivery finds the first ticket.</summary>
public sealed class TicketIdempotencyRecord
{
    public required string Channel { get; set; }
    public required string IdempotencyKey { get; set; }
    public required string TicketNumber { get; set; }
}
