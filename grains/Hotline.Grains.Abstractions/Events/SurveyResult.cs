namespace Hotline.Grains.Abstractions.Events;

/// <summary>A citizen's satisfaction (满意度) answer after a call or a closed ticket.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Events.SurveyResult")]
public sealed record SurveyResult : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    /// <summary>The surveyed call, empty for a ticket survey.</summary>
    [Id(2)] public string CallId { get; init; } = "";
    /// <summary>The surveyed ticket, empty for a call survey.</summary>
    [Id(3)] public string TicketNumber { get; init; } = "";
    [Id(4)] public string AgentId { get; init; } = "";
    [Id(5)] public string Queue { get; init; } = "";
    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    [Id(6)] public required int Rating { get; init; }
    [Id(7)] public string Channel { get; init; } = "";
    [Id(8)] public string Comment { get; init; } = "";
    [Id(9)] public required DateTimeOffset AnsweredAt { get; init; }

    /// <summary>When the citizen answered.</summary>
    public DateTimeOffset OccurredAt => AnsweredAt;
}
