namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What to list: every set member narrows the list; an empty filter lists every ticket.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketListFilter")]
public sealed record TicketListFilter
{
    /// <summary>Only tickets in one of these states (empty: any state).</summary>
    [Id(0)] public IReadOnlyList<TicketState> States { get; init; } = [];

    /// <summary>Only tickets dispatched to this handling unit or enterprise.</summary>
    [Id(1)] public string? UnitId { get; init; }

    /// <summary>Only open tickets past their deadline.</summary>
    [Id(2)] public bool OverdueOnly { get; init; }

    /// <summary>Only tickets in this category or below it (e.g. "urban" also lists "urban.taxi").</summary>
    [Id(3)] public string? CategoryCode { get; init; }

    /// <summary>Only tickets of this citizen phone.</summary>
    [Id(4)] public string? CitizenPhone { get; init; }

    /// <summary>Only tickets of this type.</summary>
    [Id(5)] public TicketType? Type { get; init; }

    /// <summary>Only escalated (督办) tickets.</summary>
    [Id(6)] public bool EscalatedOnly { get; init; }

    /// <summary>Only major complaints (重大投诉).</summary>
    [Id(7)] public bool MajorOnly { get; init; }

    /// <summary>Only tickets concerning this enterprise.</summary>
    [Id(8)] public string? Enterprise { get; init; }

    /// <summary>Only tickets that came in through this channel.</summary>
    [Id(9)] public TicketChannel? Channel { get; init; }

    /// <summary>Only tickets created at or after this instant.</summary>
    [Id(10)] public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only tickets created before this instant (exclusive, so consecutive days do not overlap).</summary>
    [Id(11)] public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>我的工单: only tickets this person handles (the actor id that accepted them).</summary>
    [Id(12)] public string? Handler { get; init; }
}
