using Orleans.Concurrency;

namespace Hotline.Grains.Abstractions.Queues;

/// <summary>An ACD queue (keyed by name): waiting calls, the ready agents with its skill, and the routing between them.</summary>
public interface IQueueGrain : IGrainWithStringKey
{
    /// <summary>Stores the queue's rules (they survive restarts; waiting calls do not) and finds the skill's ready agents.</summary>
    Task ConfigureAsync(QueueConfiguration configuration);

    Task<QueueConfiguration?> GetConfigurationAsync();

    /// <summary>
    /// Clears the rules and leaves the skill directory, unless calls wait in the queue or ring from it: returns how many
    /// (0 when retired). The queue registry calls this; calls routed here afterwards are refused as for an unconfigured queue.
    /// <paramref name="actor"/> (who retires it) goes into the log.
    /// </summary>
    Task<int> RetireAsync(string actor);

    /// <summary>Adds a call; returns its position (1 = next). Routing runs at once if an agent is ready.</summary>
    Task<int> EnqueueAsync(QueuedCall queuedCall);

    /// <summary>The caller hung up while waiting.</summary>
    Task AbandonAsync(string callId);

    /// <summary>An offered agent did not answer: the call goes back to its place in the queue.</summary>
    Task RequeueAsync(string callId);

    /// <summary>The call was answered by the agent it was offered to (for the service level).</summary>
    Task AnsweredAsync(string callId);

    /// <summary>An agent with this queue's skill became ready. One-way: agents never wait on queues (queues call agents).</summary>
    [OneWay]
    Task AgentReadyAsync(AgentCandidate agent);

    /// <summary>The agent is no longer ready (busy, not ready, logged out). One-way, like <see cref="AgentReadyAsync"/>.</summary>
    [OneWay]
    Task AgentUnavailableAsync(string extension);

    /// <summary>
    /// Reserves the queue's best ready agent for a call the platform places (call-back, campaign): the agent rings
    /// (preview) until the call is dialled or the reservation released. Null when no agent is ready or callers are waiting.
    /// </summary>
    Task<string?> ReserveAgentForOutboundAsync(string callId);

    Task<int?> PositionOfAsync(string callId);

    /// <summary>The call's position (null when not waiting) together with this queue activation's identity.</summary>
    Task<QueueHold> GetHoldAsync(string callId);

    Task<QueueSnapshot> GetSnapshotAsync();
}
