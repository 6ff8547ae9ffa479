namespace Hotline.Grains.Abstractions.Events;

/// <summary>One recognised utterance of a recorded call.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Events.TranscriptSegment")]
public sealed record TranscriptSegment : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    [Id(2)] public required string CallId { get; init; }
    /// <summary>When the call arrived: segments are stored in the call's period.</summary>
    [Id(3)] public required DateTimeOffset CallArrivedAt { get; init; }
    [Id(4)] public required int Index { get; init; }
    /// <summary>agent or caller.</summary>
    [Id(5)] public required string Speaker { get; init; }
    [Id(6)] public double StartSeconds { get; init; }
    [Id(7)] public double EndSeconds { get; init; }
    [Id(8)] public required string Text { get; init; }
    /// <summary>The recogniser's confidence (0–1).</summary>
    [Id(9)] public double Confidence { get; init; }

    /// <summary>The call's arrival.</summary>
    public DateTimeOffset OccurredAt => CallArrivedAt;
}
