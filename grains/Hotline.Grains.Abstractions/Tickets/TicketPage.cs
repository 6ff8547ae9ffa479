namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One page of a ticket list: its rows, its number (from 1), its size and the count of all matching tickets, or, when
/// <see cref="TotalCapped"/>, the count it stopped at (more tickets match).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketPage")]
public sealed record TicketPage(
    [property: Id(0)] IReadOnlyList<TicketSummary> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] int Total,
    [property: Id(4)] bool TotalCapped = false);
