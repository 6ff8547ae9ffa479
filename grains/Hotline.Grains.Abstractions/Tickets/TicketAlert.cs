namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A notification about a ticket for supervisors (and, for urges, its unit), sent after the change is stored.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketAlert")]
public sealed record TicketAlert(
    [property: Id(0)] string TicketNumber,
    [property: Id(1)] TicketAlertKind Kind,
    [property: Id(2)] string Reason,
    [property: Id(3)] string ActorId,
    [property: Id(4)] string? UnitId,
    [property: Id(5)] DateTimeOffset At);
