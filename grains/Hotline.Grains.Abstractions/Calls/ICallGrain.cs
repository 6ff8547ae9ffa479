using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Abstractions.Calls;

/// <summary>One call (keyed by the platform's call id): its life as an explicit state machine.</summary>
public interface ICallGrain : IGrainWithStringKey
{
    /// <summary>The call waits in <paramref name="queue"/>.</summary>
    Task QueuedAsync(string queue);

    /// <summary>The ACD chose an agent; the agent's phone is to ring.</summary>
    Task OfferedToAgentAsync(string queue, string extension);

    /// <summary>The caller waited the queue's maximum time.</summary>
    Task MaxWaitReachedAsync(string queue, MaxWaitAction action);

    Task<CallSnapshot> GetSnapshotAsync();
}
