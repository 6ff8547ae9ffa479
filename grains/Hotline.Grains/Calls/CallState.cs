using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Calls;

/// <summary>A call's phase, queue, agent and transitions.</summary>
[GenerateSerializer, Alias("Hotline.CallState")]
public sealed class CallState
{
    [Id(0)] public CallPhase Phase { get; set; } = CallPhase.Offered;

    [Id(1)] public string? Queue { get; set; }

    [Id(2)] public string? Agent { get; set; }

    [Id(3)] public List<CallTransition> Transitions { get; set; } = [];
}
