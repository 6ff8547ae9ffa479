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
    /// <summary>催办: how many times the unit was urged (manually or by the sweeper).</summary>
    [Id(17)] public int UrgeCount { get; init; }
    /// <summary>督办: escalated to supervisors.</summary>
    [Id(18)] public bool Escalated { get; init; }
    /// <summary>重大投诉: marked as a major complaint.</summary>
    [Id(19)] public bool Major { get; init; }
    /// <summary>Why the ticket was marked major (the rule or the supervisor's reason).</summary>
    [Id(20)] public string? MajorReason { get; init; }
    /// <summary>The satisfaction (1–5) of the last return visit.</summary>
    [Id(21)] public int? Satisfaction { get; init; }
    /// <summary>An extension request is waiting for a decision.</summary>
    [Id(22)] public bool ExtensionRequested { get; init; }
    /// <summary>The deadline the pending extension asks for.</summary>
    [Id(23)] public DateTimeOffset? ExtensionUntil { get; init; }
    /// <summary>The reason given for the pending extension.</summary>
    [Id(24)] public string? ExtensionReason { get; init; }
    /// <summary>并案: the tickets merged into this one, oldest first.</summary>
    [Id(25)] public IReadOnlyList<string> MergedSources { get; init; } = [];
    /// <summary>重办: how many times the ticket was reopened.</summary>
    [Id(26)] public int ReopenCount { get; init; }
    /// <summary>When the ticket was last closed (kept after a reopen until it closes again).</summary>
    [Id(27)] public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>The files attached to the unit's reply.</summary>
    [Id(28)] public IReadOnlyList<TicketAttachment> ReplyAttachments { get; init; } = [];
    /// <summary>The originating reference of a 转办/交办 case.</summary>
    [Id(29)] public string? ExternalReference { get; init; }
    /// <summary>Where the result of a 转办/交办 case is posted back.</summary>
    [Id(30)] public string? ResultCallbackUrl { get; init; }
    /// <summary>The call the ticket came from (phone channel).</summary>
    [Id(31)] public string? CallId { get; init; }
    /// <summary>The person in the unit handling the ticket (who accepted it).</summary>
    [Id(32)] public string? Handler { get; init; }
    /// <summary>The files the citizen (or the intake agent) attached to the ticket.</summary>
    [Id(33)] public IReadOnlyList<TicketAttachment> Attachments { get; init; } = [];
}
