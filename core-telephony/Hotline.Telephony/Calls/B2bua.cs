using System.Collections.Concurrent;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sdp;
using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Telephony.Calls;

/// <summary>
/// The back-to-back user agent: every call is two independent dialogs (caller ↔ platform ↔ callee) that the
/// platform joins, relays and controls. This part holds the call-control commands; the SIP side is in the
/// partial files next to it.
/// </summary>
public sealed partial class B2bua : ICallControl, IDisposable
{
    private readonly SipTransactionLayer _transactions;
    private readonly ISipTransport _transport;
    private readonly ICallTargetResolver _resolver;
    private readonly B2buaOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MediaEngine? _media;
    private readonly ConcurrentDictionary<string, Call> _calls = new();
    private readonly ConcurrentDictionary<SipDialogId, CallLeg> _dialogs = new();
    private readonly ConcurrentDictionary<InviteServerTransaction, Call> _byInboundInvite = new();

    public B2bua(
        SipTransactionLayer transactions, ISipTransport transport, ICallTargetResolver resolver,
        B2buaOptions? options = null, TimeProvider? time = null, ILogger<B2bua>? logger = null, MediaEngine? media = null)
    {
        _media = media;
        _transactions = transactions ?? throw new ArgumentNullException(nameof(transactions));
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _options = options ?? new B2buaOptions();
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public event Action<CallEvent>? CallEvent;

    /// <inheritdoc />
    public IReadOnlyCollection<string> ActiveCalls => [.. _calls.Keys];

    /// <summary>Dialogs the B2BUA tracks (two per bridged call); returns to zero when calls end.</summary>
    public int DialogCount => _dialogs.Count;

    /// <inheritdoc />
    public async Task RingAsync(string callId, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            var caller = call.Caller;
            if (call.IsEnded || caller.InboundInvite is not { IsPending: true })
            {
                throw new CallControlException($"call {callId} is not waiting for an answer; it cannot ring");
            }

            await SendProvisionalToCallerAsync(call, 180, ReadOnlyMemory<byte>.Empty);
        }
    }

    /// <inheritdoc />
    public async Task RejectAsync(string callId, int sipStatus, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (sipStatus is < 300 or > 699)
        {
            throw new CallControlException($"call {callId}: {sipStatus} is not a final failure status (300–699)");
        }

        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            if (call.IsEnded || call.Caller.InboundInvite is not { IsPending: true })
            {
                throw new CallControlException($"call {callId} is already answered or ended; use HangupAsync");
            }

            await CancelPendingAsync(call);
            await RespondToCallerAsync(call, sipStatus, reason);
            EndCall(call, CallEndCause.Rejected, sipStatus, reason ?? SipReasonPhrases.For(sipStatus));
        }
    }

    /// <inheritdoc />
    public Task<BridgeResult> BridgeAsync(string callId, CallTarget target, TimeSpan ringTimeout, CancellationToken cancellationToken = default) =>
        CallOutAsync(Find(callId), target, ringTimeout, extra: false, monitor: null, call =>
        {
            if (call.Pending is not null)
            {
                throw new CallControlException($"call {callId} is already calling {call.Pending.Party.Number}");
            }

            if (call.Callee is null && call.Caller.InboundInvite is not { IsPending: true } && !(Anchored && call.Caller.State == CallLegState.Answered))
            {
                throw new CallControlException($"call {callId} is neither waiting nor answered");
            }
        }, cancellationToken);

    /// <summary>
    /// Resolves a target, checks under the call's gate that the call may take a new leg, starts the leg and waits for its
    /// outcome: the common path of bridging, transferring, conferencing and monitoring.
    /// </summary>
    private async Task<BridgeResult> CallOutAsync(
        Call call, CallTarget target, TimeSpan ringTimeout, bool extra, MonitorMode? monitor, Action<Call> require, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var resolved = await _resolver.ResolveAsync(target, cancellationToken);
        if (resolved is null)
        {
            return new BridgeResult(BridgeOutcome.Unreachable, 480, $"{target} is not reachable (not registered or no trunk)");
        }

        CallLeg leg;
        using (await call.LockAsync(cancellationToken))
        {
            if (call.IsEnded)
            {
                return new BridgeResult(BridgeOutcome.CallerGone, null, $"call {call.Id} has ended");
            }

            require(call);
            leg = await StartOutboundLegAsync(call, resolved, monitor, extra);
        }

        return await AwaitOutcomeAsync(leg, ringTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BridgeResult> TransferAsync(string callId, CallTarget target, TimeSpan ringTimeout, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        if (!call.IsAnswered)
        {
            throw new CallControlException($"call {callId} is not answered; transfer needs a connected call");
        }

        return await BridgeAsync(callId, target, ringTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public Task HoldAsync(string callId, CancellationToken cancellationToken = default) => SetHoldAsync(callId, hold: true, cancellationToken);

    /// <inheritdoc />
    public Task ResumeAsync(string callId, CancellationToken cancellationToken = default) => SetHoldAsync(callId, hold: false, cancellationToken);

    /// <inheritdoc />
    public async Task HangupAsync(string callId, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            if (call.IsEnded)
            {
                throw new CallControlException($"call {callId} has already ended");
            }

            await CancelPendingAsync(call);
            await ByeExtrasAsync(call);
            var answered = call.Caller.State == CallLegState.Answered;
            if (call.Caller.InboundInvite is { IsPending: true })
            {
                await RespondToCallerAsync(call, 480, "Call ended by the platform");
            }

            await ByeAsync(call.Caller);
            if (call.Callee is { } callee)
            {
                await ByeAsync(callee);
            }

            EndCall(call, answered ? CallEndCause.NormalClearing : CallEndCause.Rejected, null, "hung up by the platform");
        }
    }

    private async Task SetHoldAsync(string callId, bool hold, CancellationToken cancellationToken)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            if (!call.IsAnswered || call.Callee is not { } callee)
            {
                throw new CallControlException($"call {callId} is not answered; it cannot be {(hold ? "held" : "resumed")}");
            }

            var platform = new CallParty("platform", null, $"sip:{_options.ContactUser}@{_options.Domain}");
            if (Anchored && call.Media is { } session && call.Caller.Media is { } callerMedia && callee.Media is { } calleeMedia)
            {
                // The phones keep streaming; the mix changes: the caller hears music, the agent silence, nobody hears either.
                call.IsHeldByPlatform = hold;
                if (hold)
                {
                    session.Hold(callerMedia, withMusic: true);
                    session.Hold(calleeMedia, withMusic: false);
                }
                else
                {
                    session.Resume(callerMedia);
                    session.Resume(calleeMedia);
                }

                Raise(hold ? new CallHeld(call.Id, _time.GetUtcNow(), platform) : new CallResumed(call.Id, _time.GetUtcNow(), platform));
                return;
            }

            // Each side is re-offered the other's description with the direction the hold needs (RFC 3264 §8.4).
            // Resume re-offers what the other party last sent; hold forces inactive on every stream.
            var direction = hold ? SdpDirection.Inactive : (SdpDirection?)null;
            await ReinviteAsync(call.Caller, callee.RemoteSdp, direction);
            await ReinviteAsync(callee, call.Caller.RemoteSdp, direction);
            var by = new CallParty("platform", null, $"sip:{_options.ContactUser}@{_options.Domain}");
            Raise(hold ? new CallHeld(call.Id, _time.GetUtcNow(), by) : new CallResumed(call.Id, _time.GetUtcNow(), by));
        }
    }

    private Call Find(string callId) =>
        _calls.TryGetValue(callId, out var call) ? call : throw new CallControlException($"no call with id {callId}");

    private void Raise(CallEvent callEvent)
    {
        var handlers = CallEvent;
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Action<CallEvent>>())
        {
            try
            {
                handler(callEvent);
            }
#pragma warning disable CA1031 // One faulty subscriber must not break call handling for the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _logger.LogError(ex, "Call event handler failed for {Event}", callEvent);
            }
        }
    }

    private void EndCall(Call call, CallEndCause cause, int? status, string reason)
    {
        if (call.IsEnded)
        {
            return;
        }

        call.IsEnded = true;
        var media = CloseCallMedia(call);
        foreach (var leg in call.Legs)
        {
            leg.State = CallLegState.Ended;
            leg.AnswerRetransmitter?.Dispose();
            Forget(leg);
        }

        if (call.Caller.InboundInvite is { } invite)
        {
            _byInboundInvite.TryRemove(invite, out _);
        }

        _calls.TryRemove(call.Id, out _);
        Raise(new CallEnded(call.Id, _time.GetUtcNow(), cause, status, reason, media));
    }

    private void Remember(CallLeg leg)
    {
        if (leg.Dialog is { } dialog)
        {
            _dialogs[dialog.Id] = leg;
        }
    }

    private void Forget(CallLeg leg)
    {
        if (leg.Dialog is { } dialog)
        {
            _dialogs.TryRemove(new KeyValuePair<SipDialogId, CallLeg>(dialog.Id, leg));
        }
    }

    public void Dispose()
    {
        foreach (var call in _calls.Values)
        {
            call.Caller.AnswerRetransmitter?.Dispose();
            CloseCallMedia(call);
        }

        _calls.Clear();
        _dialogs.Clear();
    }
}
