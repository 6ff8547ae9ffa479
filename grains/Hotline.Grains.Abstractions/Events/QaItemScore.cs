namespace Hotline.Grains.Abstractions.Events;

/// <summary>One scorecard item's result on one call (质检项得分), sent with the call's <see cref="QaScore"/>.</summary>
/// <remarks>A call scored again, or corrected by an inspector, sends its items again; consumers keep the latest per call and item.</remarks>
[GenerateSerializer, Immutable, Alias("Hotline.Events.QaItemScore")]
public sealed record QaItemScore : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    [Id(2)] public required string CallId { get; init; }
    [Id(3)] public required string AgentId { get; init; }
    [Id(4)] public required string ScorecardId { get; init; }
    [Id(5)] public required int ScorecardVersion { get; init; }
    [Id(6)] public required string ItemId { get; init; }
    /// <summary>The item's name on the card, e.g. 标准开场白.</summary>
    [Id(7)] public required string ItemName { get; init; }
    /// <summary>Full marks.</summary>
    [Id(8)] public required double Points { get; init; }
    /// <summary>Points given (0 – <see cref="Points"/>).</summary>
    [Id(9)] public required double Score { get; init; }
    /// <summary>Passed, Partial, Failed, NotApplicable or NotScored (the QA item status by name).</summary>
    [Id(10)] public required string Status { get; init; }
    /// <summary>"auto" for the rule/ML scorer, else the inspector's id.</summary>
    [Id(11)] public required string ScoredBy { get; init; }
    [Id(12)] public required DateTimeOffset ScoredAt { get; init; }
    /// <summary>When the scored call arrived.</summary>
    [Id(13)] public required DateTimeOffset CallArrivedAt { get; init; }

    /// <summary>When the item was scored.</summary>
    public DateTimeOffset OccurredAt => ScoredAt;
}
