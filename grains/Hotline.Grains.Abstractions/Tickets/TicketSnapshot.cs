namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A ticket as its grain holds it now (for handlers; citizens get <see cref="CitizenTicketView"/>).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSnapshot")]
public sealed record TicketSnapshot
{
    [Id(0)] public required string Number { get; init; }
    [Id(1)] public required TicketType Type { get; init; }
    [Id(2)] public string? CategoryCode { get; init; }
    [Id(3)] public required TicketChannel Channel { get; init; }
    [Id(4)] public required TicketState State { get; init; }
    [Id(5)] public string? CitizenName { get; init; }
    [Id(6)] public string? CitizenPhone { get; init; }
    [Id(7)] public string? CitizenEmail { get; init; }
    [Id(8)] public TicketSubject Subject { get; init; } = TicketSubject.None;
    [Id(9)] public required string Description { get; init; }
    [Id(10)] public required DateTimeOffset Deadline { get; init; }
    /// <summary>The handling unit or enterprise the ticket is dispatched to.</summary>
    [Id(11)] public string? UnitId { get; init; }
    /// <summary>The ticket this one was merged into.</summary>
    [Id(12)] public string? MergedInto { get; init; }
    [Id(13)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(14)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(15)] public string? Reply { get; init; }
    /// <summary>How many history entries the ticket has (the sequence of its last event).</summary>
    [Id(16)] public int Version { get; init; }
}
