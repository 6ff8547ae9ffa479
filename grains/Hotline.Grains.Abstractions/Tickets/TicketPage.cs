namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One page of a ticket list: its rows, its number (from 1), its size and the count of all matching tickets.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketPage")]
public sealed record TicketPage(
    [property: Id(0)] IReadOnlyList<TicketSummary> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] int Total);
