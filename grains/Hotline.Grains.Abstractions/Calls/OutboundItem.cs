namespace Hotline.Grains.Abstractions.Calls;

/// <summary>A number the platform is to call for an agent (a call-back or a campaign contact) with its attempts so far.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.OutboundItem")]
public sealed record OutboundItem
{
    [Id(0)] public required string Id { get; init; }

    [Id(1)] public required string Number { get; init; }

    /// <summary>Why the citizen is called (call-back requested in queue, return visit of a ticket …).</summary>
    [Id(2)] public string Reason { get; init; } = "";

    /// <summary>The ticket a return visit (回访) is about, if any.</summary>
    [Id(3)] public string? TicketNumber { get; init; }

    /// <summary>When the next attempt may start.</summary>
    [Id(4)] public required DateTimeOffset DueAt { get; init; }

    [Id(5)] public OutboundItemStatus Status { get; init; } = OutboundItemStatus.Pending;

    [Id(6)] public IReadOnlyList<PlacedCallAttempt> Attempts { get; init; } = [];

    /// <summary>The agent the item is offered to or dialled by; null while pending.</summary>
    [Id(7)] public string? Agent { get; init; }

    /// <summary>The call id reserved for the offer or placed for the current attempt.</summary>
    [Id(8)] public string? CallId { get; init; }

    [Id(9)] public DateTimeOffset? OfferedAt { get; init; }

    /// <summary>Attempts that count against the retry limit.</summary>
    public int CountedAttempts => Attempts.Count(a => a.Counts);

    /// <summary>The result of the last attempt that ended, if any.</summary>
    public OutboundResult? LastResult => Attempts.LastOrDefault(a => a.Result is not null)?.Result;
}
