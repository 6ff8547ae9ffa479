namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One page of search hits, its number (from 1), its size and the count of all matching tickets.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSearchPage")]
public sealed record TicketSearchPage(
    [property: Id(0)] IReadOnlyList<TicketSearchHit> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] int Total);
