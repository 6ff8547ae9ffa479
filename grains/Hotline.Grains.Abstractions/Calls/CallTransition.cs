namespace Hotline.Grains.Abstractions.Calls;

/// <summary>One step of a call's life: when it moved to which phase, and why.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CallTransition")]
public sealed record CallTransition(
    [property: Id(0)] CallPhase Phase,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Detail);
