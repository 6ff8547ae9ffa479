namespace Hotline.Grains.Abstractions.Queues;

/// <summary>A queue's routing rules: required skill, strategy, service-level target, overflow and maximum wait.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.QueueConfiguration")]
public sealed record QueueConfiguration
{
    [Id(0)] public required string Name { get; init; }

    /// <summary>The skill an agent needs to take this queue's calls.</summary>
    [Id(1)] public required string Skill { get; init; }

    /// <summary>The lowest skill level accepted (1–10).</summary>
    [Id(2)] public int MinimumLevel { get; init; } = 1;

    [Id(3)] public QueueStrategy Strategy { get; init; } = QueueStrategy.LongestIdle;

    /// <summary>Answer target of the service level, e.g. 20 s in "80 % in 20 s".</summary>
    [Id(4)] public TimeSpan ServiceLevelTarget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Share of calls to answer within the target, e.g. 0.8.</summary>
    [Id(5)] public double ServiceLevelGoal { get; init; } = 0.8;

    /// <summary>Queue that takes calls waiting longer than <see cref="OverflowAfter"/>; none when null.</summary>
    [Id(6)] public string? OverflowQueue { get; init; }

    [Id(7)] public TimeSpan OverflowAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest wait before <see cref="MaxWaitAction"/>.</summary>
    [Id(8)] public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(5);

    [Id(9)] public MaxWaitAction MaxWaitAction { get; init; } = MaxWaitAction.Voicemail;

    /// <summary>How long an offered agent's phone rings before the call goes back to the queue.</summary>
    [Id(10)] public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often waiting callers hear their position and expected wait.</summary>
    [Id(11)] public TimeSpan AnnounceEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the queue writes a snapshot event while it has calls or activity; never when zero.</summary>
    [Id(12)] public TimeSpan SnapshotEvery { get; init; } = TimeSpan.FromSeconds(15);
}
