namespace Hotline.Grains.Abstractions.Events;

/// <summary>An interval an agent spent in one state (ready, talking, wrap-up, not ready with a reason …), written when it ends.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Events.AgentStateInterval")]
public sealed record AgentStateInterval : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    [Id(2)] public required string AgentId { get; init; }
    /// <summary>The state's name as the agent grain has it (Ready, NotReady, Ringing, Talking, WrapUp, LoggedOut).</summary>
    [Id(3)] public required string State { get; init; }
    /// <summary>The not-ready reason (break, training …), empty otherwise.</summary>
    [Id(4)] public string Reason { get; init; } = "";
    /// <summary>The queue of the call the agent was busy with, empty when none.</summary>
    [Id(5)] public string Queue { get; init; } = "";
    [Id(6)] public required DateTimeOffset StartedAt { get; init; }
    [Id(7)] public required DateTimeOffset EndedAt { get; init; }

    /// <summary>The interval's start.</summary>
    public DateTimeOffset OccurredAt => StartedAt;

    /// <summary>The interval's length in seconds.</summary>
    public double Seconds => (EndedAt - StartedAt).TotalSeconds;
}
