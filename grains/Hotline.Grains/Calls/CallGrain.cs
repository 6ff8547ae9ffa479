using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Calls;

/// <summary>
/// One call's life in the contact centre as an explicit state machine, every transition timestamped. The telephony
/// node reports what happened to the call; queues and agents report routing; the grain decides what happens next
/// and commands the node. This part holds the reports; commands and the CDR are in the partial files beside it.
/// </summary>
public sealed partial class CallGrain(TimeProvider clock, IServiceProvider services, ILogger<CallGrain> logger) : Grain, ICallGrain
{
    /// <summary>The ring time when the queue's own is not known.</summary>
    public static readonly TimeSpan DefaultRingTimeout = TimeSpan.FromSeconds(15);

    private readonly CallState _state = new();

    private CallState S => _state;

    private string CallId => this.GetPrimaryKeyString();

    public async Task OfferedAsync(IncomingCallInfo incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var call = incoming;
        if (S.Node is not null)
        {
            return; // a repeated report of the same call
        }

        S.Node = call.Node;
        S.CallerNumber = call.CallerNumber;
        S.CalledNumber = call.CalledNumber;
        S.ArrivedAt = call.ArrivedAt;
        Move(CallPhase.Offered, $"{call.CallerNumber} called {call.CalledNumber}{(call.Trunk is null ? "" : $" via trunk {call.Trunk}")}");
        await RunFlowAsync(string.IsNullOrEmpty(call.Flow) ? CallFlows.Welcome : call.Flow);
    }

    public async Task IvrFinishedAsync(IvrResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (S.Phase == CallPhase.Ended)
        {
            return;
        }

        var flow = S.RunningFlow;
        S.RunningFlow = null;
        S.IvrPath.AddRange(result.Path);
        if (result.Variables.TryGetValue("category", out var category))
        {
            S.Category = category;
        }

        switch (result.Kind)
        {
            case IvrResultKind.Queue when result.Queue is { } queue:
                S.Priority = result.Priority;
                await EnqueueAsync(queue, $"IVR chose {queue}");
                break;
            case IvrResultKind.Survey:
                S.SurveyScore = result.SurveyScore;
                await HangupNodeAsync();
                break;
            case IvrResultKind.Voicemail:
                S.VoicemailPath = result.VoicemailPath;
                Move(CallPhase.Ivr, $"message left ({result.VoicemailLength.TotalSeconds:0} s)");
                await HangupNodeAsync();
                await OpenVoicemailTicketAsync(result);
                break;
            case IvrResultKind.Callback:
                S.CallbackNumber = result.CallbackNumber;
                Move(CallPhase.Ivr, $"call-back requested to {result.CallbackNumber}");
                await ScheduleCallbackAsync(result.CallbackNumber);
                await HangupNodeAsync();
                await OpenCallbackTicketAsync(result.CallbackNumber);
                break;
            case IvrResultKind.CallerHungUp:
                break; // the node reports the end
            default:
                LogFlowEnded(logger, CallId, flow ?? result.Flow, result.Kind, result.Reason);
                await HangupNodeAsync();
                break;
        }
    }

    public Task QueuedAsync(string queue, Guid incarnation)
    {
        S.Queue = queue;
        _queueIncarnation = incarnation;
        S.Agent = null;
        S.QueuedAt ??= clock.GetUtcNow();
        if (!S.Queues.Contains(queue))
        {
            S.Queues.Add(queue);
        }

        Move(CallPhase.Queued, $"queued in {queue}");
        StartAnnouncements();
        StartQueueWatch();
        return Task.CompletedTask;
    }

    public async Task OfferedToAgentAsync(string queue, string extension)
    {
        S.Queue = queue;
        S.Agent = extension;
        S.OfferedAt ??= clock.GetUtcNow();
        Move(CallPhase.RingingAgent, $"offered to agent {extension} by {queue}");
        if (S.Node is { } node)
        {
            // A second under the queue's ring timeout: the phone stops ringing before the queue's sweep re-offers the call.
            var ring = S.RingTimeout - TimeSpan.FromSeconds(1);
            await node.RingAgentAsync(CallId, extension, ring < TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : ring);
        }
    }

    public async Task AgentAnsweredAsync(string extension)
    {
        if (S.Phase != CallPhase.RingingAgent || S.Agent != extension)
        {
            return; // a late answer after the queue moved on; the node has already released that leg
        }

        S.AnsweredAt ??= clock.GetUtcNow();
        S.AnsweredBy = extension;
        S.AgentReleased = false;
        Move(CallPhase.Talking, $"answered by agent {extension}");
        if (S.Queue is { } queue)
        {
            await GrainFactory.GetGrain<IQueueGrain>(queue).AnsweredAsync(CallId);
        }

        await GrainFactory.GetGrain<IAgentGrain>(extension).CallAnsweredAsync(CallId);
        await S.Node!.KeepCallerForSurveyAsync(CallId);
    }

    public async Task AgentNotAnsweredAsync(string extension, string reason)
    {
        if (S.Phase != CallPhase.RingingAgent || S.Agent != extension)
        {
            return;
        }

        S.Agent = null;
        Move(CallPhase.Queued, $"agent {extension} did not answer: {reason}");
        await GrainFactory.GetGrain<IAgentGrain>(extension).CallNotAnsweredAsync(CallId);
        if (S.Queue is { } queue)
        {
            await GrainFactory.GetGrain<IQueueGrain>(queue).RequeueAsync(CallId);
        }
    }

    public async Task MaxWaitReachedAsync(string queue, MaxWaitAction action)
    {
        S.MaxWaitReached = true;
        Move(CallPhase.Ivr, $"waited the maximum in {queue}: {action}");
        await RunFlowAsync(action == MaxWaitAction.CallbackOffer ? CallFlows.QueueCallback : CallFlows.QueueVoicemail);
    }

    public Task HoldChangedAsync(bool held, string by)
    {
        var now = clock.GetUtcNow();
        if (held && S.Phase is CallPhase.Talking or CallPhase.Conference)
        {
            S.HeldSince = now;
            Move(CallPhase.Held, $"held by {by}");
        }
        else if (!held && S.Phase == CallPhase.Held)
        {
            S.HeldFor += now - (S.HeldSince ?? now);
            S.HeldSince = null;
            Move(CallPhase.Talking, $"resumed by {by}");
        }

        return Task.CompletedTask;
    }

    public async Task AgentHungUpAsync(string extension)
    {
        if (S.Phase == CallPhase.Ended)
        {
            return;
        }

        EndHold();
        var release = !S.AgentReleased;
        S.AgentReleased = true;
        Move(CallPhase.WrapUp, $"agent {extension} hung up; the caller stays for the survey");
        if (release)
        {
            await GrainFactory.GetGrain<IAgentGrain>(extension).CallEndedAsync(CallId);
        }

        await RunFlowAsync(CallFlows.Survey);
    }

    public async Task EndedAsync(CallEndInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (S.Phase == CallPhase.Ended)
        {
            return;
        }

        var phase = S.Phase;
        EndHold();
        S.EndedAt = info.At;
        Move(CallPhase.Ended, info.Reason);
        if (phase is CallPhase.Queued or CallPhase.RingingAgent && S.Queue is { } queue)
        {
            await GrainFactory.GetGrain<IQueueGrain>(queue).AbandonAsync(CallId);
        }

        if (S.AnsweredBy is { } agent && !S.AgentReleased)
        {
            await GrainFactory.GetGrain<IAgentGrain>(agent).CallEndedAsync(CallId);
        }

        S.Record = BuildRecord(info);
        await WriteRecordAsync(S.Record);
        await ReportPlacedCallAsync(info);
    }

    public Task<CallSnapshot> GetSnapshotAsync() =>
        Task.FromResult(new CallSnapshot(CallId, S.Phase, S.Queue, S.Agent, [.. S.Transitions])
        {
            CallerNumber = S.CallerNumber,
            CalledNumber = S.CalledNumber,
            ArrivedAt = S.ArrivedAt,
            IvrPath = [.. S.IvrPath],
        });

    public Task<CallDetailRecord?> GetRecordAsync() => Task.FromResult(S.Record);

    private async Task EnqueueAsync(string queue, string why)
    {
        S.Agent = null;
        var grain = GrainFactory.GetGrain<IQueueGrain>(queue);
        if (await grain.GetConfigurationAsync() is not { } rules)
        {
            // An unconfigured queue: the caller is released instead of waiting forever.
            LogQueueMissing(logger, CallId, queue, "the queue is not configured");
            Move(CallPhase.Ivr, $"{why}, but queue {queue} is not available");
            await HangupNodeAsync();
            return;
        }

        S.RingTimeout = rules.RingTimeout;
        S.AnnounceEvery = rules.AnnounceEvery;
        // Music first: the queue may route at once, and the agent's answer stops the music — never the other way round.
        await S.Node!.PlayMusicOnHoldAsync(CallId);
        await grain.EnqueueAsync(new QueuedCall(CallId, S.CallerNumber, S.Priority, clock.GetUtcNow()));
    }

    /// <summary>Puts the caller's call-back on the list of the queue it waited in; a failure is logged, the caller is released anyway.</summary>
    private async Task ScheduleCallbackAsync(string? number)
    {
        var queue = S.Queue;
        var to = string.IsNullOrWhiteSpace(number) ? S.CallerNumber : number;
        if (queue is null || string.IsNullOrWhiteSpace(to))
        {
            LogCallbackLost(logger, CallId, to, queue ?? "(none)", "the call waited in no queue or has no number");
            return;
        }

        try
        {
            await GrainFactory.GetGrain<ICallbackSchedulerGrain>(queue).RequestedByCallerAsync(to, CallId);
        }
        catch (ArgumentException ex)
        {
            LogCallbackLost(logger, CallId, to, queue, ex.Message);
        }
    }

    private async Task RunFlowAsync(string flow)
    {
        S.RunningFlow = flow;
        Move(CallPhase.Ivr, $"IVR flow {flow}");
        if (S.Node is { } node)
        {
            await node.RunIvrAsync(CallId, flow);
        }
    }

    private async Task HangupNodeAsync()
    {
        if (S.Node is { } node)
        {
            await node.HangupAsync(CallId);
        }
    }

    private void EndHold()
    {
        if (S.HeldSince is { } since)
        {
            S.HeldFor += clock.GetUtcNow() - since;
            S.HeldSince = null;
        }
    }

    private void Move(CallPhase phase, string detail)
    {
        if (phase != CallPhase.Queued && phase != CallPhase.RingingAgent)
        {
            StopAnnouncements();
            StopQueueWatch();
        }

        S.Phase = phase;
        S.Transitions.Add(new CallTransition(phase, clock.GetUtcNow(), detail));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId}: flow {Flow} ended with {Kind}: {Reason}")]
    private static partial void LogFlowEnded(ILogger logger, string callId, string flow, IvrResultKind kind, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId}: the call-back to {Number} for queue {Queue} could not be scheduled: {Reason}")]
    private static partial void LogCallbackLost(ILogger logger, string callId, string number, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: queue {Queue} refused the call: {Reason}")]
    private static partial void LogQueueMissing(ILogger logger, string callId, string queue, string reason);
}
