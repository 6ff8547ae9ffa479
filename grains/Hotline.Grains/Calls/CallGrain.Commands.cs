using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Grains.Calls;

/// <summary>Agent and supervisor commands on a call: hold, transfer, conference, supervision, hang up.</summary>
public sealed partial class CallGrain
{
    private static readonly TimeSpan TransferRingTimeout = TimeSpan.FromSeconds(30);

    public async Task HoldAsync()
    {
        Require("hold", CallPhase.Talking, CallPhase.Conference);
        await S.Node!.SetHoldAsync(CallId, hold: true);
    }

    public async Task ResumeAsync()
    {
        Require("resume", CallPhase.Held);
        await S.Node!.SetHoldAsync(CallId, hold: false);
    }

    public async Task TransferAsync(TransferTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Require($"transfer to {target}", CallPhase.Talking, CallPhase.Held, CallPhase.Conference);
        if (string.IsNullOrWhiteSpace(target.Number))
        {
            throw new CallCommandException($"call {CallId}: a transfer needs a target number or queue name");
        }

        if (target.Kind == TransferTargetKind.Queue)
        {
            await TransferToQueueAsync(target.Number);
            return;
        }

        await S.Node!.TransferAsync(CallId, target, TransferRingTimeout);
    }

    public async Task TransferFinishedAsync(TransferTarget target, bool answered, string reason)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!answered || S.Phase == CallPhase.Ended)
        {
            if (S.Phase != CallPhase.Ended)
            {
                S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"transfer to {target} failed: {reason}"));
            }

            return;
        }

        EndHold();
        var from = S.AnsweredBy ?? "";
        S.Transfers.Add(new TransferHop(clock.GetUtcNow(), from, target.Number, Attended: false));
        if (from.Length > 0 && !S.AgentReleased)
        {
            await GrainFactory.GetGrain<IAgentGrain>(from).CallEndedAsync(CallId);
        }

        S.Agent = target.Number;
        S.AnsweredBy = target.Kind == TransferTargetKind.Extension ? target.Number : null;
        S.AgentReleased = target.Kind != TransferTargetKind.Extension;
        Move(CallPhase.Talking, $"transferred from {from} to {target}");
    }

    public async Task ConferenceAsync(TransferTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Require($"conference with {target}", CallPhase.Talking);
        if (target.Kind == TransferTargetKind.Queue)
        {
            throw new CallCommandException($"call {CallId}: a three-way call needs an extension or a number, not queue {target.Number}");
        }

        await S.Node!.AddPartyAsync(CallId, target, TransferRingTimeout);
    }

    public Task PartyJoinedAsync(string number, bool joined, string reason)
    {
        if (joined && S.Phase == CallPhase.Talking)
        {
            Move(CallPhase.Conference, $"{number} joined");
        }
        else if (!joined && S.Phase != CallPhase.Ended)
        {
            S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"{number} could not join: {reason}"));
        }

        return Task.CompletedTask;
    }

    public async Task SuperviseAsync(string supervisorExtension, SupervisionMode mode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisorExtension);
        Require($"{mode.ToString().ToLowerInvariant()} by supervisor {supervisorExtension}", CallPhase.Talking, CallPhase.Held, CallPhase.Conference);
        await S.Node!.SuperviseAsync(CallId, supervisorExtension, mode, TransferRingTimeout);
        S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"supervisor {supervisorExtension}: {mode}"));
    }

    public async Task HangupAsync()
    {
        if (S.Phase == CallPhase.Ended || S.Node is null)
        {
            throw new CallCommandException($"call {CallId} cannot be hung up: it is {S.Phase.ToString().ToLowerInvariant()}");
        }

        await S.Node.HangupAsync(CallId);
    }

    private async Task TransferToQueueAsync(string queue)
    {
        EndHold();
        var from = S.AnsweredBy ?? "";
        S.Transfers.Add(new TransferHop(clock.GetUtcNow(), from, "queue:" + queue, Attended: false));
        await S.Node!.ReleaseAgentAsync(CallId);
        S.AgentReleased = true;
        if (from.Length > 0)
        {
            await GrainFactory.GetGrain<IAgentGrain>(from).CallEndedAsync(CallId);
        }

        await EnqueueAsync(queue, $"transferred by {from} to queue {queue}");
    }

    private void Require(string command, params CallPhase[] phases)
    {
        if (S.Node is null || !phases.Contains(S.Phase))
        {
            throw new CallCommandException(
                $"call {CallId} cannot {command}: it is {S.Phase.ToString().ToLowerInvariant()} (needs {string.Join(" or ", phases.Select(p => p.ToString().ToLowerInvariant()))})");
        }
    }
}
