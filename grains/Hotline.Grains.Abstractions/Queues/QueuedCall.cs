namespace Hotline.Grains.Abstractions.Queues;

/// <summary>A call waiting in a queue: higher priority first (repeat callers, major complaints), then the longest waiting.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.QueuedCall")]
public sealed record QueuedCall(
    [property: Id(0)] string CallId,
    [property: Id(1)] string CallerNumber,
    [property: Id(2)] int Priority,
    [property: Id(3)] DateTimeOffset EnqueuedAt);
