using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>The caller's side: a new INVITE becomes a call, answers go back to the caller, CANCEL and ACK arrive.</summary>
public sealed partial class B2bua
{
    /// <summary>Takes a new (out-of-dialog) INVITE the SIP core has admitted and announces it as an incoming call.</summary>
    /// <param name="requireApplication">When true and no application listens for call events, the call is refused with 480.</param>
    /// <returns>The platform's id for the call.</returns>
    public async Task<string> AcceptIncomingAsync(
        InviteServerTransaction invite, CallParty caller, CallParty called, CallOrigin origin, string? trunk, bool requireApplication = true)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var call = new Call("call-" + SipIdentifiers.NewTag() + SipIdentifiers.NewTag());
        var leg = new CallLeg(call, isInbound: true, caller, invite.Remote)
        {
            InboundInvite = invite,
            LocalTag = invite.LocalTag,
            RemoteSdp = invite.Request.Body,
            Sdp = SdpFor(invite.Remote),
        };
        call.Caller = leg;
        using (await call.LockAsync())
        {
            _calls[call.Id] = call;
            _byInboundInvite[invite] = call;
            if (Anchored && OpenCallerMedia(call, leg) is { } refused)
            {
                await RespondToCallerAsync(call, refused.Status, refused.Reason);
                EndCall(call, CallEndCause.Failure, refused.Status, refused.Reason);
                return call.Id;
            }

            if (CallEvent is null && requireApplication)
            {
                // Nobody routes calls (no application attached): say so instead of letting the caller wait.
                await RespondToCallerAsync(call, 480, "No call routing available");
                EndCall(call, CallEndCause.Rejected, 480, "no application is routing calls");
                return call.Id;
            }

            Raise(new IncomingCall(call.Id, _time.GetUtcNow(), caller, called, origin, trunk));
        }

        return call.Id;
    }

    /// <summary>Sends a provisional response with our To tag to the caller; creates the early dialog.</summary>
    private async Task SendProvisionalToCallerAsync(Call call, int status, ReadOnlyMemory<byte> sdp)
    {
        var leg = call.Caller;
        if (leg.InboundInvite is not { IsPending: true } invite)
        {
            return;
        }

        // Anchored calls ring with 180 and no SDP: the phone plays its own ringback until the platform answers.
        var response = invite.CreateResponse(Anchored ? 180 : status, null, leg.LocalTag);
        response.Headers.Add(SipHeaderNames.Contact, ContactFor(leg.Remote).ToString());
        SetBody(response, Anchored ? default : leg.Sdp.Prepare(sdp));
        if (leg.Dialog is null)
        {
            leg.Dialog = SipDialog.CreateAsUas(invite.Request, response, leg.Remote);
            leg.State = CallLegState.Early;
            Remember(leg);
        }

        await invite.SendResponseAsync(response);
    }

    /// <summary>Sends the final answer to the caller's INVITE: 2xx with the callee's SDP (kept reliable until ACK) or a failure.</summary>
    private async Task RespondToCallerAsync(Call call, int status, string? reason, ReadOnlyMemory<byte> sdp = default)
    {
        var leg = call.Caller;
        if (leg.InboundInvite is not { IsPending: true } invite)
        {
            return;
        }

        var response = invite.CreateResponse(status, reason, leg.LocalTag);
        if (status is >= 200 and < 300)
        {
            response.Headers.Add(SipHeaderNames.Contact, ContactFor(leg.Remote).ToString());
            response.Headers.Add(SipHeaderNames.Allow, AllowedMethods);
            SetBody(response, Anchored ? CallerAnswerBody(leg) : leg.Sdp.Prepare(sdp));
            call.Media?.StartRecording();
            leg.Media?.MarkAnswered();
            if (leg.Dialog is null)
            {
                leg.Dialog = SipDialog.CreateAsUas(invite.Request, response, leg.Remote);
                Remember(leg);
            }
            else
            {
                leg.Dialog.Confirm(response);
            }

            leg.State = CallLegState.Answered;
            if (!leg.Remote.IsReliable)
            {
                leg.AnswerRetransmitter = AnswerRetransmitter.Start(
                    response, r => invite.SendResponseAsync(r), () => OnNoAckAsync(call), _options.T1, _options.T2, _time);
            }
        }
        else
        {
            leg.State = CallLegState.Ended;
            Forget(leg);
        }

        await invite.SendResponseAsync(response);
    }

    private async ValueTask OnNoAckAsync(Call call)
    {
        using (await call.LockAsync())
        {
            if (call.IsEnded)
            {
                return;
            }

            _logger.LogWarning("Call {CallId}: no ACK for the 2xx to the caller in 64·T1; ending the call", call.Id);
            if (call.Callee is { } callee)
            {
                await ByeAsync(callee);
            }

            await ByeAsync(call.Caller);
            EndCall(call, CallEndCause.Failure, 408, "caller never acknowledged the answer");
        }
    }

    /// <summary>The caller gave up before an answer (RFC 3261 §9.2): 200 to the CANCEL, 487 to the INVITE, cancel the callee.</summary>
    public async Task OnCancelAsync(SipServerTransaction cancel, InviteServerTransaction invite)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        ArgumentNullException.ThrowIfNull(invite);
        await cancel.SendResponseAsync(cancel.CreateResponse(200));
        if (!_byInboundInvite.TryGetValue(invite, out var call))
        {
            await invite.SendResponseAsync(invite.CreateResponse(487));
            return;
        }

        using (await call.LockAsync())
        {
            if (call.IsEnded)
            {
                return;
            }

            await CancelPendingAsync(call);
            await RespondToCallerAsync(call, 487, null);
            EndCall(call, CallEndCause.CallerAbandoned, 487, "caller hung up before the answer");
        }
    }

    /// <summary>
    /// The caller's INVITE transaction failed before the call was answered: the application left it unanswered until the layer
    /// sent 408, or a response could not be sent. The call ends (and a callee being called is cancelled), so nothing leaks.
    /// </summary>
    public async Task OnInboundInviteFailedAsync(InviteServerTransaction invite, SipTransactionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(invite);
        if (!_byInboundInvite.TryGetValue(invite, out var call))
        {
            return;
        }

        using (await call.LockAsync())
        {
            // An answered call is looked after by the 2xx retransmission (no ACK ends it) and by BYE.
            if (call.IsEnded || call.Caller.State == CallLegState.Answered)
            {
                return;
            }

            await CancelPendingAsync(call);
            var status = failure == SipTransactionFailure.Timeout ? 408 : 503;
            EndCall(call, CallEndCause.Failure, status, failure == SipTransactionFailure.Timeout
                ? "the call was not answered in time (the transaction layer answered 408)"
                : "the answer could not be sent to the caller");
        }
    }

    /// <summary>An ACK for a 2xx: stops our retransmissions and, for late offers, carries the answer on to the other side.</summary>
    public async Task OnAckAsync(SipInboundMessage ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        if (ack.Message is not SipRequest request || FindLeg(request) is not { } leg)
        {
            return;
        }

        using (await leg.Call.LockAsync())
        {
            leg.AnswerRetransmitter?.Dispose();
            leg.AnswerRetransmitter = null;
            if (!request.Body.IsEmpty)
            {
                leg.RemoteSdp = request.Body;
            }

            if (Anchored)
            {
                await AcceptAnswerInAckAsync(leg, request);
                return;
            }

            if (leg.Call.OtherSide(leg) is { DeferredAck: { } deferred } other && other.Dialog is { } dialog)
            {
                other.DeferredAck = null;
                SetBody(deferred, other.Sdp.Prepare(request.Body));
                await _transactions.SendAckAsync(deferred, dialog.TransportRemote);
            }
        }
    }

    /// <summary>Finds the leg an in-dialog request belongs to: our tag is in To, the peer's in From.</summary>
    private CallLeg? FindLeg(SipRequest request)
    {
        if (request.CallId is not { } callId || request.To?.Tag is not { } local)
        {
            return null;
        }

        return _dialogs.TryGetValue(new SipDialogId(callId, local, request.From?.Tag ?? ""), out var leg) ? leg : null;
    }
}
