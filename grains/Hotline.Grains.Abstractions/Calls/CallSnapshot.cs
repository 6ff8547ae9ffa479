namespace Hotline.Grains.Abstractions.Calls;

/// <summary>A call's current phase, where it is (queue, agent), every transition so far, and who called (for screens on other silos).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CallSnapshot")]
public sealed record CallSnapshot(
    [property: Id(0)] string CallId,
    [property: Id(1)] CallPhase Phase,
    [property: Id(2)] string? Queue,
    [property: Id(3)] string? Agent,
    [property: Id(4)] IReadOnlyList<CallTransition> Transitions)
{
    /// <summary>The caller's number ("" for a placed call until it has one).</summary>
    [Id(5)] public string CallerNumber { get; init; } = "";

    /// <summary>The service number called.</summary>
    [Id(6)] public string CalledNumber { get; init; } = "";

    /// <summary>When the call arrived (null for a call the platform placed).</summary>
    [Id(7)] public DateTimeOffset? ArrivedAt { get; init; }

    /// <summary>The IVR choices the caller made.</summary>
    [Id(8)] public IReadOnlyList<string> IvrPath { get; init; } = [];
}
