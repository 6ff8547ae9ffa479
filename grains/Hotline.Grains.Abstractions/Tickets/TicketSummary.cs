namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A ticket as lists show it (no description or history; open the ticket for those).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSummary")]
public sealed record TicketSummary
{
    [Id(0)] public required string Number { get; init; }
    [Id(1)] public required TicketType Type { get; init; }
    [Id(2)] public string? CategoryCode { get; init; }
    [Id(3)] public required TicketChannel Channel { get; init; }
    [Id(4)] public required TicketState State { get; init; }
    [Id(5)] public string? CitizenName { get; init; }
    [Id(6)] public string? CitizenPhone { get; init; }
    [Id(7)] public string? Enterprise { get; init; }
    [Id(8)] public string? UnitId { get; init; }
    [Id(9)] public required DateTimeOffset Deadline { get; init; }
    [Id(10)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(11)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(12)] public int UrgeCount { get; init; }
    [Id(13)] public bool Escalated { get; init; }
    [Id(14)] public bool Major { get; init; }
    /// <summary>The first characters of the description, for the list row.</summary>
    [Id(15)] public string Excerpt { get; init; } = "";
    /// <summary>The person in the unit handling the ticket (who accepted it).</summary>
    [Id(16)] public string? Handler { get; init; }
}
