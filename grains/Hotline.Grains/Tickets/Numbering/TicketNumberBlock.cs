namespace Hotline.Grains.Tickets.Numbering;

/// <summary>The stored state of a day's number grain: the highest sequence ever reserved.</summary>
[GenerateSerializer, Alias("Hotline.Tickets.TicketNumberBlock")]
public sealed class TicketNumberBlock
{
    [Id(0)] public long ReservedUpTo { get; set; }
}
