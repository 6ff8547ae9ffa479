namespace Hotline.Grains.Abstractions.Events;

/// <summary>A queue's live figures at one instant (taken periodically), the source of calls-waiting and staffing trends.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Events.QueueSnapshotTaken")]
public sealed record QueueSnapshotTaken : IDomainEvent
{
    /// <summary>The schema version producers write now (2 added the offered/answered/abandoned counts).</summary>
    public const int CurrentVersion = 2;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    [Id(2)] public required string Queue { get; init; }
    [Id(3)] public required DateTimeOffset TakenAt { get; init; }
    [Id(4)] public int CallsWaiting { get; init; }
    [Id(5)] public double LongestWaitSeconds { get; init; }
    [Id(6)] public int AgentsReady { get; init; }
    [Id(7)] public int AgentsBusy { get; init; }
    [Id(8)] public int AgentsWrapUp { get; init; }
    [Id(9)] public int AgentsNotReady { get; init; }

    /// <summary>Calls offered to the queue since the previous snapshot (0 in version 1 events).</summary>
    [Id(10)] public int Offered { get; init; }

    /// <summary>Calls answered by an agent since the previous snapshot (0 in version 1 events).</summary>
    [Id(11)] public int Answered { get; init; }

    /// <summary>Calls the caller abandoned while queued since the previous snapshot (0 in version 1 events).</summary>
    [Id(12)] public int Abandoned { get; init; }

    /// <summary>The instant of the snapshot.</summary>
    public DateTimeOffset OccurredAt => TakenAt;
}
