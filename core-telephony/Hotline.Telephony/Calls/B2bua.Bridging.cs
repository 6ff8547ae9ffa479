using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Mixing;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sdp;
using Hotline.Telephony.Sip.Messages;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>Anchored call control: the platform answers, plays and collects digits, joins legs in the mixer, conferences and monitors.</summary>
public sealed partial class B2bua
{
    /// <inheritdoc />
    public async Task AnswerAsync(string callId, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            RequireAnchored(call);
            if (call.IsEnded || call.Caller.InboundInvite is not { IsPending: true })
            {
                throw new CallControlException($"call {callId} is not waiting for an answer");
            }

            await RespondToCallerAsync(call, 200, null);
            Raise(new CallAnsweredByPlatform(call.Id, _time.GetUtcNow()));
        }
    }

    /// <inheritdoc />
    public IIvrChannel GetIvrChannel(string callId)
    {
        var call = Find(callId);
        RequireAnchored(call);
        return new CallIvrChannel(_media!, call.Media!);
    }

    /// <inheritdoc />
    public Task PlayMusicOnHoldAsync(string callId, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        RequireAnchored(call);
        return call.Media!.PlayAsync(_media!.CreateMusicOnHold(), stopOnDigit: false, cancellationToken);
    }

    /// <inheritdoc />
    public void StopPlayback(string callId)
    {
        var call = Find(callId);
        RequireAnchored(call);
        call.Media!.StopPlayback();
    }

    /// <inheritdoc />
    public void KeepCallerAfterCallee(string callId, bool keep = true)
    {
        var call = Find(callId);
        RequireAnchored(call);
        call.KeepCallerAfterCallee = keep;
    }

    /// <inheritdoc />
    public async Task ReleaseCalleeAsync(string callId, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            RequireAnchored(call);
            if (call.IsEnded || call.Callee is not { } callee || call.Caller.State != CallLegState.Answered)
            {
                throw new CallControlException($"call {callId} has no connected callee to release");
            }

            await ByeExtrasAsync(call);
            call.Callee = null;
            call.IsHeldByPlatform = false;
            if (call.Caller.Media is { } callerMedia)
            {
                call.Media!.Resume(callerMedia);
            }

            await ByeAsync(callee);
        }
    }

    /// <inheritdoc />
    public Task<BridgeResult> AddPartyAsync(string callId, CallTarget target, TimeSpan ringTimeout, CancellationToken cancellationToken = default) =>
        CallExtraAsync(callId, target, null, ringTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<BridgeResult> MonitorAsync(
        string callId, CallTarget supervisor, MonitorMode mode, TimeSpan ringTimeout, CancellationToken cancellationToken = default) =>
        CallExtraAsync(callId, supervisor, mode, ringTimeout, cancellationToken);

    /// <inheritdoc />
    public async Task SetMonitorModeAsync(string callId, string supervisorNumber, MonitorMode mode, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            RequireAnchored(call);
            var leg = call.Extras.Find(l => l.Monitor is not null && l.Party.Number == supervisorNumber && l.State == CallLegState.Answered)
                ?? throw new CallControlException($"call {callId} has no connected supervisor {supervisorNumber}");
            leg.Monitor = mode;
            ApplyExtraRole(call, leg);
        }
    }

    /// <inheritdoc />
    public async Task<bool> SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default)
    {
        var call = Find(callId);
        using (await call.LockAsync(cancellationToken))
        {
            RequireAnchored(call);
            return call.Callee?.Media is { } endpoint && endpoint.SendDigits(digits);
        }
    }

    private Task<BridgeResult> CallExtraAsync(
        string callId, CallTarget target, MonitorMode? mode, TimeSpan ringTimeout, CancellationToken cancellationToken)
    {
        var call = Find(callId);
        RequireAnchored(call);
        return CallOutAsync(call, target, ringTimeout, extra: true, mode, c =>
        {
            if (!c.IsAnswered)
            {
                throw new CallControlException($"call {callId} is not connected to an agent; a third party or supervisor cannot join yet");
            }
        }, cancellationToken);
    }

    private void RequireAnchored(Call call)
    {
        if (!Anchored || call.Media is null)
        {
            throw new CallControlException($"call {call.Id}: media is not anchored by the platform, so it cannot play, record or mix");
        }
    }

    /// <summary>An outbound leg answered: its endpoint joins the call's mix; the caller is answered, transferred or conferenced.</summary>
    private async Task OnCalleeAnsweredAnchoredAsync(CallLeg leg, SipResponse response, uint sequence)
    {
        var call = leg.Call;
        await _transactions.SendAckAsync(leg.Dialog!.CreateAck(sequence, ContactFor(leg.Remote)), leg.Dialog.TransportRemote);
        if (ReferenceEquals(call.Pending, leg))
        {
            call.Pending = null;
        }

        try
        {
            leg.Media!.AcceptAnswer(response.Body);
        }
        catch (SdpNegotiationException ex)
        {
            _logger.LogInformation("Call {CallId}: {Party} answered with unusable SDP: {Reason}", call.Id, leg.Party.Number, ex.Message);
            await ByeAsync(leg);
            call.Extras.Remove(leg);
            leg.Outcome!.TrySetResult(new BridgeResult(BridgeOutcome.Rejected, 488, ex.Message));
            return;
        }

        if (call.IsEnded || call.Media is not { } session)
        {
            await ByeAsync(leg);
            call.Extras.Remove(leg);
            leg.Outcome!.TrySetResult(new BridgeResult(BridgeOutcome.CallerGone, null, "the caller hung up while the callee answered"));
            return;
        }

        if (ReferenceEquals(leg, call.Caller))
        {
            // The first party of a call the platform placed answered: it is the call's caller from now on.
            session.SetCaller(leg.Media);
            session.StartRecording();
            Raise(new CallAnswered(call.Id, _time.GetUtcNow(), leg.Party));
        }
        else if (leg.IsExtra)
        {
            session.Attach(leg.Media);
            ApplyExtraRole(call, leg);
            Raise(new PartyJoined(call.Id, _time.GetUtcNow(), leg.Party, leg.Monitor));
        }
        else if (call.Callee is not { } previous)
        {
            call.Callee = leg;
            session.StopPlayback();
            session.Attach(leg.Media);
            if (call.Caller.State != CallLegState.Answered)
            {
                await RespondToCallerAsync(call, 200, null);
            }

            Raise(new CallAnswered(call.Id, _time.GetUtcNow(), leg.Party));
        }
        else
        {
            // A transfer: only the mix changes; the caller's phone never sees a re-INVITE.
            call.Callee = leg;
            previous.IsDetached = true;
            if (previous.Media is { } old)
            {
                session.Detach(old);
            }

            session.StopPlayback();
            session.Attach(leg.Media);
            if (call.IsHeldByPlatform && call.Caller.Media is { } callerMedia)
            {
                call.IsHeldByPlatform = false;
                session.Resume(callerMedia);
            }

            if (!previous.IsTransferor)
            {
                await ByeAsync(previous);
            }

            Raise(new CallTransferred(call.Id, _time.GetUtcNow(), previous.Party, leg.Party, Attended: false));
        }

        leg.Outcome!.TrySetResult(new BridgeResult(BridgeOutcome.Answered, response.StatusCode, response.ReasonPhrase));
    }

    private static void ApplyExtraRole(Call call, CallLeg leg)
    {
        var session = call.Media!;
        switch (leg.Monitor)
        {
            case MonitorMode.Listen:
                session.SetRole(leg.Media!, ParticipantRole.Listen);
                break;
            case MonitorMode.Whisper when call.Callee?.Media is { } agent:
                session.SetRole(leg.Media!, ParticipantRole.Whisper, agent);
                break;
            case MonitorMode.Whisper:
                session.SetRole(leg.Media!, ParticipantRole.Listen);
                break;
            default:
                session.SetRole(leg.Media!, ParticipantRole.Normal);
                break;
        }
    }

    /// <summary>The caller's ACK answers the offer our 2xx made (its INVITE had none).</summary>
    private async Task AcceptAnswerInAckAsync(CallLeg leg, SipRequest ack)
    {
        if (ack.Body.IsEmpty || leg.Media is not { HasPendingOffer: true } endpoint)
        {
            return;
        }

        try
        {
            endpoint.AcceptAnswer(ack.Body);
        }
        catch (SdpNegotiationException ex)
        {
            var call = leg.Call;
            _logger.LogInformation("Call {CallId}: the answer in {Leg}'s ACK is unusable: {Reason}", call.Id, leg, ex.Message);
            await ByeEveryLegAsync(call);

            EndCall(call, CallEndCause.Failure, 488, "the answer in the ACK could not be used: " + ex.Message);
        }
    }

    /// <summary>A third party or supervisor hung up: the call goes on without it.</summary>
    private void OnExtraLeft(CallLeg leg)
    {
        var call = leg.Call;
        call.Extras.Remove(leg);
        ReleaseMedia(leg);
        Raise(new PartyLeft(call.Id, _time.GetUtcNow(), leg.Party));
    }

    /// <summary>Ends every third party and supervisor leg of a call that ends.</summary>
    private async Task ByeExtrasAsync(Call call)
    {
        foreach (var leg in call.Extras.ToList())
        {
            if (leg.State == CallLegState.Answered)
            {
                await ByeAsync(leg);
            }
            else if (leg.OutboundInvite is { } pending && leg.State is CallLegState.Calling or CallLegState.Early)
            {
                await pending.CancelAsync();
            }
        }
    }
}
