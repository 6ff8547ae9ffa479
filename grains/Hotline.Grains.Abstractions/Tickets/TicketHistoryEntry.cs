namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One action in a ticket's history: when, who, what, the states before and after, and the note given.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketHistoryEntry")]
public sealed record TicketHistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string Action,
    [property: Id(3)] TicketState? FromState,
    [property: Id(4)] TicketState ToState,
    [property: Id(5)] string? Note);
