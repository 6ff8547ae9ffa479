namespace Hotline.Grains.Abstractions.Agents;

/// <summary>An agent's state as the ACD and the wallboard see it.</summary>
[GenerateSerializer]
public enum AgentStatus
{
    LoggedOut,
    Ready,
    NotReady,
    /// <summary>A call has been offered and the agent's phone is ringing.</summary>
    Ringing,
    Talking,
    /// <summary>After-call work with a timer; the agent gets no calls until it ends.</summary>
    WrapUp,
}
