using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>Requests inside a call's dialogs: BYE, re-INVITE (hold/resume), REFER and the rest relayed across.</summary>
public sealed partial class B2bua
{
    /// <summary>Handles a request with a To tag; false when it belongs to no dialog of ours (the SIP core answers 481).</summary>
    public async Task<bool> OnInDialogRequestAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        if (FindLeg(request) is not { } leg)
        {
            return false;
        }

        var call = leg.Call;
        using (await call.LockAsync())
        {
            try
            {
                leg.Dialog!.AcceptRequest(request);
            }
            catch (SipDialogException ex)
            {
                await transaction.SendResponseAsync(transaction.CreateResponse(ex.StatusCode, ex.Message));
                return true;
            }

            if (!request.Is(SipMethods.Ack))
            {
                leg.Dialog.TransportRemote = transaction.Remote;
            }

            switch (request.Method)
            {
                case SipMethods.Bye:
                    await OnByeAsync(leg, transaction);
                    break;
                case SipMethods.Invite:
                    await OnReinviteAsync(leg, transaction);
                    break;
                case SipMethods.Refer:
                    await OnReferAsync(leg, transaction);
                    break;
                case SipMethods.Info when Anchored && leg.Media is not null
                    && SipInfoDtmf.IsDtmfContentType(request.Headers.GetFirst(SipHeaderNames.ContentType)):
                    await OnInfoDtmfAsync(leg, transaction);
                    break;
                case SipMethods.Options:
                    await transaction.SendResponseAsync(transaction.CreateResponse(200));
                    break;
                default:
                    await RelayAsync(leg, transaction);
                    break;
            }
        }

        return true;
    }

    private async Task OnByeAsync(CallLeg leg, SipServerTransaction transaction)
    {
        await transaction.SendResponseAsync(transaction.CreateResponse(200));
        var call = leg.Call;
        leg.State = CallLegState.Ended;
        leg.AnswerRetransmitter?.Dispose();
        leg.Dialog?.Terminate();
        Forget(leg);
        if (leg.IsExtra)
        {
            OnExtraLeft(leg);
            return;
        }

        if (leg.IsDetached || call.IsEnded)
        {
            // A party replaced by a transfer hangs up: the call goes on without it.
            ReleaseMedia(leg);
            return;
        }

        if (call.KeepCallerAfterCallee && ReferenceEquals(leg, call.Callee) && call.Caller.State == CallLegState.Answered)
        {
            // The caller stays with the platform (the survey follows); only the callee's leg goes.
            call.Callee = null;
            ReleaseMedia(leg);
            Raise(new CalleeHungUp(call.Id, _time.GetUtcNow(), leg.Party));
            return;
        }

        await CancelPendingAsync(call);
        await ByeExtrasAsync(call);
        if (call.OtherSide(leg) is { } other)
        {
            await ByeAsync(other);
        }

        var who = ReferenceEquals(leg, call.Caller) ? "caller" : "callee";
        EndCall(call, CallEndCause.NormalClearing, null, $"{who} hung up");
    }

    private async Task OnReinviteAsync(CallLeg leg, SipServerTransaction transaction)
    {
        if (Anchored && leg.Media is not null)
        {
            await AnswerReinviteAnchoredAsync(leg, transaction);
            return;
        }

        var call = leg.Call;
        if (call.OtherSide(leg) is not { State: CallLegState.Answered } other || other.Dialog is not { } otherDialog)
        {
            // Nothing to relay to (a refresh before the other side answered): accept with what the other side last sent.
            await AnswerReinviteLocallyAsync(leg, transaction);
            return;
        }

        if (other.HasPendingReinvite)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(491)); // RFC 3261 §14.2: glare
            return;
        }

        var offer = transaction.Request.Body;
        var wasHolding = leg.IsHolding;
        if (!offer.IsEmpty)
        {
            leg.RemoteSdp = offer;
            leg.IsHolding = LegSdp.IsHold(offer);
        }

        var relayed = otherDialog.CreateRequest(SipMethods.Invite, ContactFor(other.Remote));
        SetBody(relayed, other.Sdp.Prepare(offer));
        var sequence = relayed.CSeq!.Number;
        other.HasPendingReinvite = true;
        await _transactions.SendInviteAsync(relayed, otherDialog.TransportRemote, async (_, response) =>
        {
            if (response.IsProvisional)
            {
                return;
            }

            using (await call.LockAsync())
            {
                other.HasPendingReinvite = false;
                if (!response.IsSuccess)
                {
                    await transaction.SendResponseAsync(transaction.CreateResponse(response.StatusCode, response.ReasonPhrase));
                    return;
                }

                otherDialog.AcceptResponse(response);
                other.RemoteSdp = response.Body.IsEmpty ? other.RemoteSdp : response.Body;
                var ack = otherDialog.CreateAck(sequence, ContactFor(other.Remote));
                if (offer.IsEmpty)
                {
                    other.DeferredAck = ack; // the offer is in this 2xx; the answer comes in the ACK from the re-inviting side
                }
                else
                {
                    await _transactions.SendAckAsync(ack, otherDialog.TransportRemote);
                }

                var ok = transaction.CreateResponse(200);
                ok.Headers.Add(SipHeaderNames.Contact, ContactFor(leg.Remote).ToString());
                SetBody(ok, leg.Sdp.Prepare(response.Body));
                await transaction.SendResponseAsync(ok);
            }
        });

        if (!offer.IsEmpty && wasHolding != leg.IsHolding)
        {
            Raise(leg.IsHolding
                ? new CallHeld(call.Id, _time.GetUtcNow(), leg.Party)
                : new CallResumed(call.Id, _time.GetUtcNow(), leg.Party));
        }
    }

    private async Task AnswerReinviteLocallyAsync(CallLeg leg, SipServerTransaction transaction)
    {
        var other = leg.Call.OtherSide(leg);
        var ok = transaction.CreateResponse(200);
        ok.Headers.Add(SipHeaderNames.Contact, ContactFor(leg.Remote).ToString());
        SetBody(ok, leg.Sdp.Prepare(other?.RemoteSdp ?? default));
        await transaction.SendResponseAsync(ok);
    }

    /// <summary>A key pressed on a phone that signals DTMF by SIP INFO: 200, then the digit goes to the call's media.</summary>
    private static async Task OnInfoDtmfAsync(CallLeg leg, SipServerTransaction transaction)
    {
        var request = transaction.Request;
        var body = System.Text.Encoding.UTF8.GetString(request.Body.Span);
        if (!SipInfoDtmf.TryParse(request.Headers.GetFirst(SipHeaderNames.ContentType), body, out var digit) || digit is null)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(400, "DTMF INFO body names no digit"));
            return;
        }

        await transaction.SendResponseAsync(transaction.CreateResponse(200));
        leg.Media!.ReceiveInfoDigit(digit.Digit);
    }

    /// <summary>INFO, UPDATE, MESSAGE and the like go to the other party; its final answer comes back.</summary>
    private async Task RelayAsync(CallLeg leg, SipServerTransaction transaction)
    {
        if (leg.Call.OtherSide(leg) is not { State: CallLegState.Answered, Dialog: { } otherDialog } other)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(481, "Other party not connected"));
            return;
        }

        var request = transaction.Request;
        var relayed = otherDialog.CreateRequest(request.Method, ContactFor(other.Remote));
        foreach (var name in new[] { SipHeaderNames.ContentType, SipHeaderNames.Event, "Info-Package", "Subscription-State" })
        {
            if (request.Headers.GetFirst(name) is { } value)
            {
                relayed.Headers.Add(name, value);
            }
        }

        relayed.Body = request.Body;
        var client = await _transactions.SendRequestAsync(relayed, otherDialog.TransportRemote);
        _ = AnswerWhenRelayedAsync(client, transaction);
    }

    private async Task AnswerWhenRelayedAsync(SipClientTransaction client, SipServerTransaction transaction)
    {
        try
        {
            var result = await client.Completion;
            var response = transaction.CreateResponse(result.Response.StatusCode, result.Response.ReasonPhrase);
            if (result.Response.Headers.GetFirst(SipHeaderNames.ContentType) is { } type)
            {
                response.Headers.Add(SipHeaderNames.ContentType, type);
                response.Body = result.Response.Body;
            }

            await transaction.SendResponseAsync(response);
        }
#pragma warning disable CA1031 // The relayed request failed; the caller of the relay still gets an answer.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogWarning("Relaying {Method} failed: {Reason}", transaction.Request.Method, ex.Message);
            await transaction.SendResponseAsync(transaction.CreateResponse(500));
        }
    }
}
