using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>A queue's persisted configuration and counters, and its waiting calls.</summary>
[GenerateSerializer, Alias("Hotline.QueueState")]
public sealed class QueueState
{
    [Id(0)] public QueueConfiguration? Configuration { get; set; }

    [Id(1)] public List<QueuedCall> Waiting { get; set; } = [];

    /// <summary>Calls offered to an agent and not yet answered: call id → (agent, when).</summary>
    [Id(2)] public Dictionary<string, PendingOffer> Offers { get; set; } = [];

    [Id(3)] public int Offered { get; set; }

    [Id(4)] public int Answered { get; set; }

    [Id(5)] public int AnsweredWithinTarget { get; set; }

    [Id(6)] public int Abandoned { get; set; }
}

/// <summary>A call rung on an agent: which call, when it entered the queue, who rings and since when.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.PendingOffer")]
public sealed record PendingOffer([property: Id(0)] QueuedCall Call, [property: Id(1)] string Agent, [property: Id(2)] DateTimeOffset Since);
