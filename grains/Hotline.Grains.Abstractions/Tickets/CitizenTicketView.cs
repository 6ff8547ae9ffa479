namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What a citizen may see of their ticket: no internal notes and no handler names.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.CitizenTicketView")]
public sealed record CitizenTicketView(
    [property: Id(0)] string Number,
    [property: Id(1)] TicketType Type,
    [property: Id(2)] string StateText,
    [property: Id(3)] DateTimeOffset SubmittedAt,
    [property: Id(4)] IReadOnlyList<CitizenTicketStep> Steps,
    [property: Id(5)] string? Reply);
