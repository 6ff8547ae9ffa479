using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>The callee's side: calling a target, relaying its answers to the caller, transfers and cancellation.</summary>
public sealed partial class B2bua
{
    /// <summary>Sends the INVITE for a new outbound leg; the caller's gate is held.</summary>
    private async Task<CallLeg> StartOutboundLegAsync(Call call, ResolvedCallTarget target, MonitorMode? extra = null, bool isExtra = false)
    {
        var leg = new CallLeg(call, isInbound: false, target.Party, target.Remote)
        {
            Outcome = new TaskCompletionSource<BridgeResult>(TaskCreationOptions.RunContinuationsAsynchronously),
            Sdp = SdpFor(target.Remote),
            IsExtra = isExtra,
            Monitor = extra,
        };
        ReadOnlyMemory<byte> offer;
        try
        {
            offer = Anchored ? OpenCalleeMedia(leg) : leg.Sdp.Prepare(call.Caller.RemoteSdp);
        }
        catch (Hotline.Telephony.Media.Rtp.RtpPortsExhaustedException ex)
        {
            leg.State = CallLegState.Ended;
            leg.Outcome.TrySetResult(new BridgeResult(BridgeOutcome.Unreachable, 503, ex.Message));
            return leg;
        }

        var invite = BuildInvite(call.Caller, target, offer);
        leg.OutboundRequest = invite;
        if (isExtra)
        {
            call.Extras.Add(leg);
        }
        else
        {
            call.Pending = leg;
        }

        try
        {
            leg.OutboundInvite = await _transactions.SendInviteAsync(invite, target.Remote, (_, response) => OnCalleeResponseAsync(leg, response));
        }
        catch (SipTransportException ex)
        {
            DropUnansweredLeg(leg);
            leg.Outcome.TrySetResult(new BridgeResult(BridgeOutcome.Unreachable, 503, ex.Message));
        }

        return leg;
    }

    /// <summary>A leg that will never be answered leaves the call and gives its media back.</summary>
    private void DropUnansweredLeg(CallLeg leg)
    {
        var call = leg.Call;
        if (ReferenceEquals(call.Pending, leg))
        {
            call.Pending = null;
        }

        call.Extras.Remove(leg);
        leg.State = CallLegState.Ended;
        ReleaseMedia(leg);
    }

    private async Task<BridgeResult> AwaitOutcomeAsync(CallLeg leg, TimeSpan ringTimeout, CancellationToken cancellationToken)
    {
        var outcome = leg.Outcome!.Task;
        var finished = await Task.WhenAny(outcome, Task.Delay(ringTimeout, _time, cancellationToken)).ConfigureAwait(false);
        if (finished != outcome)
        {
            using (await leg.Call.LockAsync(CancellationToken.None))
            {
                if (!outcome.IsCompleted && leg.OutboundInvite is { } pending)
                {
                    leg.CancelledForTimeout = true;
                    await pending.CancelAsync();
                }
            }

            // The callee answers CANCEL with 487, or its 200 crossed the CANCEL; either way an outcome follows (Timer B at worst).
        }

        return await outcome.ConfigureAwait(false);
    }

    /// <summary>Cancels a leg being called; its outcome then reports why.</summary>
    private static async Task CancelPendingAsync(Call call)
    {
        if (call.Pending is { OutboundInvite: { } pending } leg && leg.State is CallLegState.Calling or CallLegState.Early)
        {
            await pending.CancelAsync();
        }
    }

    private async ValueTask OnCalleeResponseAsync(CallLeg leg, SipResponse response)
    {
        var call = leg.Call;
        using (await call.LockAsync())
        {
            if (response.IsProvisional)
            {
                await OnCalleeProvisionalAsync(leg, response);
            }
            else if (response.IsSuccess)
            {
                await OnCalleeAnsweredAsync(leg, response);
            }
            else
            {
                OnCalleeFailed(leg, response);
            }
        }
    }

    private async Task OnCalleeProvisionalAsync(CallLeg leg, SipResponse response)
    {
        if (leg.State == CallLegState.Ended || response.To?.Tag is null)
        {
            return;
        }

        if (leg.Dialog is null)
        {
            leg.Dialog = SipDialog.CreateAsUac(leg.OutboundRequest!, response, leg.Remote);
            leg.State = CallLegState.Early;
            Remember(leg);
            if (response.StatusCode is 180 or 183)
            {
                Raise(new CallRinging(leg.Call.Id, _time.GetUtcNow(), leg.Party));
            }
        }

        // Only the first connection of a waiting caller hears the callee's progress; a transfer keeps the caller's audio.
        if (response.StatusCode is 180 or 183 && leg.Call.Callee is null && !leg.IsExtra)
        {
            await SendProvisionalToCallerAsync(leg.Call, response.StatusCode, response.StatusCode == 183 ? response.Body : default);
        }
    }

    private async Task OnCalleeAnsweredAsync(CallLeg leg, SipResponse response)
    {
        var call = leg.Call;
        var sequence = leg.OutboundRequest!.CSeq!.Number;
        if (leg.State == CallLegState.Answered || leg.State == CallLegState.Ended)
        {
            await AckOrReleaseExtraAnswerAsync(leg, response, sequence);
            return;
        }

        if (leg.Dialog is null || leg.Dialog.Id.RemoteTag != response.To?.Tag)
        {
            if (leg.Dialog is not null)
            {
                Forget(leg);
            }

            leg.Dialog = SipDialog.CreateAsUac(leg.OutboundRequest!, response, leg.Remote);
        }

        leg.Dialog.Confirm(response);
        leg.State = CallLegState.Answered;
        leg.RemoteSdp = response.Body;
        Remember(leg);
        if (Anchored)
        {
            await OnCalleeAnsweredAnchoredAsync(leg, response, sequence);
            return;
        }

        var ack = leg.Dialog.CreateAck(sequence, ContactFor(leg.Remote));
        var lateOffer = call.Caller.RemoteSdp.IsEmpty && call.Callee is null;
        if (lateOffer)
        {
            // The caller sent no offer: the callee's 2xx holds it, and the caller's ACK will bring the answer (RFC 3261 §13.2.1).
            leg.DeferredAck = ack;
        }
        else
        {
            await _transactions.SendAckAsync(ack, leg.Dialog.TransportRemote);
        }

        call.Pending = null;
        if (call.IsEnded)
        {
            if (lateOffer)
            {
                await _transactions.SendAckAsync(ack, leg.Dialog.TransportRemote);
            }

            await ByeAsync(leg);
            leg.Outcome!.TrySetResult(new BridgeResult(BridgeOutcome.CallerGone, null, "the caller hung up while the callee answered"));
            return;
        }

        if (call.Callee is not { } previous)
        {
            call.Callee = leg;
            await RespondToCallerAsync(call, 200, null, response.Body);
            Raise(new CallAnswered(call.Id, _time.GetUtcNow(), leg.Party));
        }
        else
        {
            // A transfer: the caller is moved to the new party, the previous one is released.
            call.Callee = leg;
            previous.IsDetached = true;
            await ReinviteAsync(call.Caller, response.Body);
            if (!previous.IsTransferor)
            {
                await ByeAsync(previous);
            }

            Raise(new CallTransferred(call.Id, _time.GetUtcNow(), previous.Party, leg.Party, Attended: false));
        }

        leg.Outcome!.TrySetResult(new BridgeResult(BridgeOutcome.Answered, response.StatusCode, response.ReasonPhrase));
    }

    /// <summary>A 2xx retransmission gets its ACK again; a 2xx from another fork branch is acknowledged and released (RFC 3261 §13.2.2.4).</summary>
    private async Task AckOrReleaseExtraAnswerAsync(CallLeg leg, SipResponse response, uint sequence)
    {
        if (leg.Dialog is { } dialog && dialog.Id.RemoteTag == response.To?.Tag)
        {
            if (leg.State == CallLegState.Answered && leg.DeferredAck is null)
            {
                await _transactions.SendAckAsync(dialog.CreateAck(sequence, ContactFor(leg.Remote)), dialog.TransportRemote);
            }

            return;
        }

        var extra = SipDialog.CreateAsUac(leg.OutboundRequest!, response, leg.Remote);
        await _transactions.SendAckAsync(extra.CreateAck(sequence, ContactFor(leg.Remote)), extra.TransportRemote);
        await _transactions.SendRequestAsync(extra.CreateRequest(SipMethods.Bye, ContactFor(leg.Remote)), extra.TransportRemote);
    }

    private void OnCalleeFailed(CallLeg leg, SipResponse response)
    {
        var call = leg.Call;
        Forget(leg);
        DropUnansweredLeg(leg);

        var outcome = response.StatusCode switch
        {
            _ when call.IsEnded => BridgeOutcome.CallerGone,
            487 when leg.CancelledForTimeout => BridgeOutcome.NoAnswer,
            487 => BridgeOutcome.CallerGone,
            486 or 600 => BridgeOutcome.Busy,
            408 or 480 => BridgeOutcome.NoAnswer,
            404 or 410 or 484 or 502 or 503 or 604 => BridgeOutcome.Unreachable,
            _ => BridgeOutcome.Rejected,
        };
        _logger.LogDebug("Call {CallId}: {Party} answered {Status}: {Outcome}", call.Id, leg.Party.Number, response.StatusCode, outcome);
        leg.Outcome!.TrySetResult(new BridgeResult(outcome, response.StatusCode, response.ReasonPhrase));
    }

    /// <summary>A response no transaction wanted: a 2xx to our INVITE retransmitted after the transaction ended gets its ACK again.</summary>
    public async Task OnStrayResponseAsync(SipInboundMessage inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.Message is not SipResponse { IsSuccess: true } response || response.CSeq is not { Method: SipMethods.Invite } cseq
            || response.CallId is not { } callId || response.From?.Tag is not { } local || response.To?.Tag is not { } remote)
        {
            return;
        }

        if (_dialogs.TryGetValue(new SipDialogId(callId, local, remote), out var leg) && leg.Dialog is { } dialog)
        {
            using (await leg.Call.LockAsync())
            {
                if (leg.DeferredAck is null)
                {
                    await _transactions.SendAckAsync(dialog.CreateAck(cseq.Number, ContactFor(leg.Remote)), dialog.TransportRemote);
                }
            }
        }
    }
}
