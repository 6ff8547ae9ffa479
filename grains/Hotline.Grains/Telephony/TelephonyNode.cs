using System.Collections.Concurrent;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Telephony;

/// <summary>
/// This node's telephony as the grains command it: runs IVR flows, rings agents, transfers and conferences the calls
/// whose media this node anchors, and reports the outcome to each call's grain. Long operations run in the background
/// so no grain waits on a ringing phone.
/// </summary>
public sealed partial class TelephonyNode(
    ICallControl calls, IGrainFactory grains, IvrEngine ivr, IvrFlowCatalog flows, ILogger<TelephonyNode> logger) : ITelephonyNode
{
    private readonly ConcurrentDictionary<string, NodeCall> _calls = new(StringComparer.Ordinal);

    /// <summary>Calls this node is carrying out commands for.</summary>
    public int ActiveCalls => _calls.Count;

    /// <summary>Starts tracking a call offered to the grains (its caller and called numbers go to the IVR).</summary>
    public void Track(string callId, string callerNumber, string calledNumber) =>
        _calls.TryAdd(callId, new NodeCall(callerNumber, calledNumber));

    /// <summary>The call ended: stop its IVR and forget it.</summary>
    public void Forget(string callId)
    {
        if (_calls.TryRemove(callId, out var call))
        {
            call.Dispose();
        }
    }

    public Task RunIvrAsync(string callId, string flow)
    {
        var call = Get(callId);
        var token = call.StartIvr();
        _ = Background(callId, $"IVR flow {flow}", () => RunIvrCoreAsync(callId, call, flows.Get(flow), token));
        return Task.CompletedTask;
    }

    public Task PlayMusicOnHoldAsync(string callId)
    {
        _ = Background(callId, "music on hold", () => calls.PlayMusicOnHoldAsync(callId));
        return Task.CompletedTask;
    }

    public Task AnnounceAsync(string callId, string text)
    {
        var call = Get(callId);
        _ = Background(callId, "announcement", async () =>
        {
            await calls.GetIvrChannel(callId).PlayAsync(IvrPrompt.Text(text), interruptible: false, call.Ended);
            await calls.PlayMusicOnHoldAsync(callId);
        });
        return Task.CompletedTask;
    }

    public Task RingAgentAsync(string callId, string extension, TimeSpan ringTimeout)
    {
        var call = Get(callId);
        _ = Background(callId, $"ringing agent {extension}", () => RingCoreAsync(callId, call, extension, ringTimeout));
        return Task.CompletedTask;
    }

    public async Task SetHoldAsync(string callId, bool hold)
    {
        await Command(callId, hold ? "hold" : "resume", () => hold ? calls.HoldAsync(callId) : calls.ResumeAsync(callId));
    }

    public Task TransferAsync(string callId, TransferTarget target, TimeSpan ringTimeout)
    {
        ArgumentNullException.ThrowIfNull(target);
        var call = Get(callId);
        _ = Background(callId, $"transfer to {target}", async () =>
        {
            await call.Bridging.WaitAsync(call.Ended);
            try
            {
                var result = await calls.TransferAsync(callId, ToCallTarget(target), ringTimeout, call.Ended);
                await Grain(callId).TransferFinishedAsync(target, result.IsAnswered, Describe(result));
            }
            catch (CallControlException ex)
            {
                await Grain(callId).TransferFinishedAsync(target, answered: false, ex.Message);
            }
            finally
            {
                call.Bridging.Release();
            }
        });
        return Task.CompletedTask;
    }

    public Task ReleaseAgentAsync(string callId) => Command(callId, "release the agent", () => calls.ReleaseCalleeAsync(callId));

    public Task AddPartyAsync(string callId, TransferTarget target, TimeSpan ringTimeout)
    {
        ArgumentNullException.ThrowIfNull(target);
        _ = Background(callId, $"three-way call with {target}", async () =>
        {
            try
            {
                var result = await calls.AddPartyAsync(callId, ToCallTarget(target), ringTimeout);
                await Grain(callId).PartyJoinedAsync(target.Number, result.IsAnswered, Describe(result));
            }
            catch (CallControlException ex)
            {
                await Grain(callId).PartyJoinedAsync(target.Number, joined: false, ex.Message);
            }
        });
        return Task.CompletedTask;
    }

    public async Task SuperviseAsync(string callId, string supervisorExtension, SupervisionMode mode, TimeSpan ringTimeout)
    {
        var monitor = mode switch
        {
            SupervisionMode.Listen => MonitorMode.Listen,
            SupervisionMode.Whisper => MonitorMode.Whisper,
            _ => MonitorMode.Barge,
        };
        try
        {
            // A supervisor already on the call only changes mode; otherwise the supervisor's phone is called in.
            await calls.SetMonitorModeAsync(callId, supervisorExtension, monitor);
        }
        catch (CallControlException)
        {
            _ = Background(callId, $"supervisor {supervisorExtension}", async () =>
            {
                var result = await calls.MonitorAsync(callId, new CallTarget.Extension(supervisorExtension), monitor, ringTimeout);
                await Grain(callId).PartyJoinedAsync(supervisorExtension, result.IsAnswered, Describe(result));
            });
        }
    }

    public Task KeepCallerForSurveyAsync(string callId) => Command(callId, "keep the caller for the survey", () =>
    {
        calls.KeepCallerAfterCallee(callId);
        return Task.CompletedTask;
    });

    public Task DialAsync(string callId, string agentExtension, string number, string serviceNumber, TimeSpan ringTimeout)
    {
        Track(callId, agentExtension, number);
        var call = Get(callId);
        _ = Background(callId, $"click-to-dial {agentExtension} → {number}", async () =>
        {
            var agent = await calls.OriginateAsync(
                callId, new CallTarget.Extension(agentExtension), new CallParty(number, null, number), new CallParty(serviceNumber, null, serviceNumber),
                ringTimeout, call.Ended);
            if (!agent.IsAnswered)
            {
                return; // the call has ended; its end reaches the grain as for any call
            }

            // Extensions dial extensions directly; anything else leaves through the default trunk.
            CallTarget destination = number.Length <= 6 && number.All(char.IsAsciiDigit) ? new CallTarget.Extension(number) : new CallTarget.External(number);
            var result = await calls.BridgeAsync(callId, destination, ringTimeout, call.Ended);
            await Grain(callId).DialedAsync(result.IsAnswered, Describe(result));
            if (!result.IsAnswered && result.Outcome != BridgeOutcome.CallerGone)
            {
                await HangupAsync(callId);
            }
        });
        return Task.CompletedTask;
    }

    /// <summary>True while the node serves the call (an offered or placed call).</summary>
    public bool Tracks(string callId) => _calls.ContainsKey(callId);

    public async Task HangupAsync(string callId)
    {
        try
        {
            await calls.HangupAsync(callId);
        }
        catch (CallControlException ex)
        {
            LogIgnored(logger, callId, "hang up", ex.Message); // it ended on its own meanwhile
        }
    }

    private async Task RunIvrCoreAsync(string callId, NodeCall call, IvrFlow flow, CancellationToken token)
    {
        try
        {
            await calls.AnswerAsync(callId, token);
        }
        catch (CallControlException)
        {
            // Already answered: a later flow on the same call (survey, maximum wait).
        }

        IvrOutcome outcome;
        try
        {
            var context = new IvrContext { CallId = callId, CallerNumber = call.CallerNumber, CalledNumber = call.CalledNumber };
            outcome = await ivr.RunAsync(flow, calls.GetIvrChannel(callId), context, token);
        }
        catch (OperationCanceledException)
        {
            return; // the call ended (or a newer flow replaced this one); the end is reported separately
        }

        if (!token.IsCancellationRequested)
        {
            await Grain(callId).IvrFinishedAsync(IvrResultMapper.From(outcome, flow.Id));
        }
    }

    private async Task RingCoreAsync(string callId, NodeCall call, string extension, TimeSpan ringTimeout)
    {
        // One bridge at a time per call: a re-offer waits until the previous agent's phone stopped ringing.
        await call.Bridging.WaitAsync(call.Ended);
        try
        {
            var result = await calls.BridgeAsync(callId, new CallTarget.Extension(extension), ringTimeout, call.Ended);
            if (result.IsAnswered)
            {
                await Grain(callId).AgentAnsweredAsync(extension);
            }
            else if (result.Outcome != BridgeOutcome.CallerGone)
            {
                await Grain(callId).AgentNotAnsweredAsync(extension, Describe(result));
            }
        }
        catch (CallControlException ex)
        {
            await Grain(callId).AgentNotAnsweredAsync(extension, ex.Message);
        }
        finally
        {
            call.Bridging.Release();
        }
    }

    private static async Task Command(string callId, string what, Func<Task> command)
    {
        try
        {
            await command();
        }
        catch (CallControlException ex)
        {
            throw new CallCommandException($"call {callId} cannot {what}: {ex.Message}");
        }
    }

    private async Task Background(string callId, string what, Func<Task> work)
    {
        try
        {
            await Task.Run(work);
        }
        catch (OperationCanceledException)
        {
            // The call ended while this ran.
        }
#pragma warning disable CA1031 // A background step of one call is logged; it must not take the node down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogBackgroundFailed(logger, ex, callId, what);
        }
    }

    private NodeCall Get(string callId) =>
        _calls.TryGetValue(callId, out var call) ? call : throw new CallCommandException($"call {callId} is not on this node (it ended or never arrived)");

    private ICallGrain Grain(string callId) => grains.GetGrain<ICallGrain>(callId);

    private static CallTarget ToCallTarget(TransferTarget target) => target.Kind switch
    {
        TransferTargetKind.Extension => new CallTarget.Extension(target.Number),
        TransferTargetKind.Outside => new CallTarget.External(target.Number),
        _ => throw new CallCommandException($"{target} cannot be dialled; queues are reached through the call's grain"),
    };

    private static string Describe(BridgeResult result) =>
        $"{result.Outcome}{(result.SipStatus is { } status ? $" ({status})" : "")}: {result.Reason}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: {What} failed")]
    private static partial void LogBackgroundFailed(ILogger logger, Exception exception, string callId, string what);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Call {CallId}: {What} not needed: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string callId, string what, string reason);
}
