namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A ticket that may record the same case: why, and how strongly (0 to 1; reasons combine, so more reasons score higher).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.DuplicateCandidate")]
public sealed record DuplicateCandidate(
    [property: Id(0)] TicketSummary Ticket,
    [property: Id(1)] double Score,
    [property: Id(2)] IReadOnlyList<DuplicateReason> Reasons);
