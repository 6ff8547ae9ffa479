using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Calls;

/// <summary>One call's life in the contact centre, each transition timestamped (telephony wiring arrives with the call-control work).</summary>
public sealed class CallGrain(TimeProvider clock) : Grain, ICallGrain
{
    private readonly CallState _state = new();

    public Task QueuedAsync(string queue)
    {
        _state.Queue = queue;
        _state.Agent = null;
        Move(CallPhase.Queued, $"queued in {queue}");
        return Task.CompletedTask;
    }

    public Task OfferedToAgentAsync(string queue, string extension)
    {
        _state.Queue = queue;
        _state.Agent = extension;
        Move(CallPhase.RingingAgent, $"offered to agent {extension} by {queue}");
        return Task.CompletedTask;
    }

    public Task MaxWaitReachedAsync(string queue, MaxWaitAction action)
    {
        Move(CallPhase.Ivr, $"waited the maximum in {queue}: {action}");
        return Task.CompletedTask;
    }

    public Task<CallSnapshot> GetSnapshotAsync() =>
        Task.FromResult(new CallSnapshot(this.GetPrimaryKeyString(), _state.Phase, _state.Queue, _state.Agent, [.. _state.Transitions]));

    private void Move(CallPhase phase, string detail)
    {
        _state.Phase = phase;
        _state.Transitions.Add(new CallTransition(phase, clock.GetUtcNow(), detail));
    }
}
