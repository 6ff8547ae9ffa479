namespace Hotline.Grains.Abstractions.Events;

/// <summary>One step in a ticket's life, carrying the ticket's classification as it stood after the step.</summary>
/// <remarks>
/// Every event repeats the ticket's fields so the analytics store can keep the latest state per ticket by
/// <see cref="Sequence"/> alone (ReplacingMergeTree / argMax) without joining the history.
/// </remarks>
[GenerateSerializer, Immutable, Alias("Hotline.Events.TicketEvent")]
public sealed record TicketEvent : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    /// <summary>The ticket number citizens quote (e.g. 12328-20260315-000123).</summary>
    [Id(2)] public required string TicketNumber { get; init; }
    /// <summary>1 for the creation, then one more per event of the same ticket.</summary>
    [Id(3)] public required int Sequence { get; init; }
    [Id(4)] public required TicketEventKind Kind { get; init; }
    [Id(5)] public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>When the ticket was created (the same on every event of a ticket).</summary>
    [Id(6)] public required DateTimeOffset TicketCreatedAt { get; init; }
    /// <summary>投诉举报 complaint, 信息咨询 enquiry, 意见建议 suggestion, 表扬 praise …</summary>
    [Id(7)] public required string TicketType { get; init; }
    /// <summary>The category from the root down, e.g. [出租汽车, 服务质量, 绕路].</summary>
    [Id(8)] public IReadOnlyList<string> CategoryPath { get; init; } = [];
    /// <summary>phone, sms, wechat, web, app, email, transfer-in (转办), assignment (交办).</summary>
    [Id(9)] public string Channel { get; init; } = "";
    [Id(10)] public string Region { get; init; } = "";
    /// <summary>The transport industry (出租汽车, 城市公交, 道路客运 …).</summary>
    [Id(11)] public string Industry { get; init; } = "";
    /// <summary>The enterprise the ticket concerns, empty when none.</summary>
    [Id(12)] public string Enterprise { get; init; } = "";
    /// <summary>A bus or coach route, empty when none.</summary>
    [Id(13)] public string Route { get; init; } = "";
    /// <summary>A vehicle plate, empty when none.</summary>
    [Id(14)] public string Plate { get; init; } = "";
    /// <summary>The ticket's workflow state after this event.</summary>
    [Id(15)] public required string State { get; init; }
    /// <summary>Who acted (agent id, handling unit, system).</summary>
    [Id(16)] public string Actor { get; init; } = "";
    /// <summary>The text this step added: the citizen's account on creation, the reply, the visit note …</summary>
    [Id(17)] public string Text { get; init; } = "";
    /// <summary>The call the ticket came from, empty for other channels.</summary>
    [Id(18)] public string CallId { get; init; } = "";
}
