namespace Hotline.Grains.Abstractions.Events;

/// <summary>One step of a call's transfer chain.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Events.TransferHop")]
public sealed record TransferHop(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string From,
    [property: Id(2)] string To,
    [property: Id(3)] bool Attended);
