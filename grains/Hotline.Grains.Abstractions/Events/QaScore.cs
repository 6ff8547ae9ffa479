namespace Hotline.Grains.Abstractions.Events;

/// <summary>A call's QA (质检) score on a scorecard, automatic or by an inspector.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Events.QaScore")]
public sealed record QaScore : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    [Id(2)] public required string CallId { get; init; }
    [Id(3)] public required string AgentId { get; init; }
    [Id(4)] public required string Scorecard { get; init; }
    [Id(5)] public required double Score { get; init; }
    [Id(6)] public required double MaxScore { get; init; }
    /// <summary>"auto" for the rule/ML scorer, else the inspector's id.</summary>
    [Id(7)] public required string ScoredBy { get; init; }
    [Id(8)] public required DateTimeOffset ScoredAt { get; init; }
    /// <summary>When the scored call arrived.</summary>
    [Id(9)] public required DateTimeOffset CallArrivedAt { get; init; }

    /// <summary>When the score was given.</summary>
    public DateTimeOffset OccurredAt => ScoredAt;
}
