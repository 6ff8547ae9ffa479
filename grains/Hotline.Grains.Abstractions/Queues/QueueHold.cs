namespace Hotline.Grains.Abstractions.Queues;

/// <summary>
/// Whether a queue holds a call, and which activation of the queue answered: a call the queue let go of on purpose
/// (abandoned, offered, overflowed) is unknown to the same activation, a call lost with a stopped silo is unknown to a
/// new one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hotline.Queues.QueueHold")]
public sealed record QueueHold([property: Id(0)] int? Position, [property: Id(1)] Guid Incarnation);
