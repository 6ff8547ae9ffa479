namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What to search for: words (any order, every one must occur) and filters that each narrow the result; empty means no restriction.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSearchQuery")]
public sealed record TicketSearchQuery
{
    /// <summary>The words as the user typed them (e.g. "网约车 绕路", "粤B12345"); empty lists by filters alone.</summary>
    [Id(0)] public string Text { get; init; } = "";

    /// <summary>Only tickets in one of these states.</summary>
    [Id(1)] public IReadOnlyList<TicketState> States { get; init; } = [];

    /// <summary>Only tickets of one of these types.</summary>
    [Id(2)] public IReadOnlyList<TicketType> Types { get; init; } = [];

    /// <summary>Only tickets that came in through one of these channels.</summary>
    [Id(3)] public IReadOnlyList<TicketChannel> Channels { get; init; } = [];

    /// <summary>Only tickets in this category or below it.</summary>
    [Id(4)] public string? CategoryCode { get; init; }

    /// <summary>Only tickets dispatched to this handling unit or enterprise.</summary>
    [Id(5)] public string? UnitId { get; init; }

    /// <summary>Only tickets of this citizen phone.</summary>
    [Id(6)] public string? CitizenPhone { get; init; }

    /// <summary>Only tickets created at or after this instant.</summary>
    [Id(7)] public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only tickets created before this instant.</summary>
    [Id(8)] public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>The page, counted from 1.</summary>
    [Id(9)] public int Page { get; init; } = 1;

    /// <summary>Rows per page.</summary>
    [Id(10)] public int PageSize { get; init; } = 20;

    /// <summary>我的工单: only tickets this person handles.</summary>
    [Id(11)] public string? Handler { get; init; }
}
