namespace Hotline.Grains.Abstractions.Calls;

/// <summary>A call's current phase, where it is (queue, agent) and every transition so far.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CallSnapshot")]
public sealed record CallSnapshot(
    [property: Id(0)] string CallId,
    [property: Id(1)] CallPhase Phase,
    [property: Id(2)] string? Queue,
    [property: Id(3)] string? Agent,
    [property: Id(4)] IReadOnlyList<CallTransition> Transitions);
