namespace Hotline.Grains.Abstractions.Queues;

/// <summary>A ready agent as a queue knows it: skill level and the figures the strategies compare.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.AgentCandidate")]
public sealed record AgentCandidate(
    [property: Id(0)] string Extension,
    [property: Id(1)] int Level,
    [property: Id(2)] DateTimeOffset IdleSince,
    [property: Id(3)] double Occupancy);
