namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What one sweep did: tickets urged, escalated and marked major, tickets examined and pages read.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSweepResult")]
public sealed record TicketSweepResult(
    [property: Id(0)] int Urged,
    [property: Id(1)] int Escalated,
    [property: Id(2)] int MarkedMajor,
    [property: Id(3)] int Examined,
    [property: Id(4)] int Pages);
