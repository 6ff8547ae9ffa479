namespace Hotline.Grains.Abstractions.Calls;

/// <summary>How a call the platform placed for an agent turned out.</summary>
[GenerateSerializer]
public enum OutboundResult
{
    /// <summary>The citizen answered and talked with the agent.</summary>
    Answered,
    NoAnswer,
    Busy,
    /// <summary>The number could not be reached (unreachable, declined, network failure).</summary>
    Failed,
    /// <summary>The agent's own phone was not answered, so the citizen was never called (not the citizen's attempt).</summary>
    AgentMissed,
}
