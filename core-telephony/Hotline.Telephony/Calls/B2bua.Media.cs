using Hotline.Telephony.Media.Rtp;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sdp;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>
/// Anchored media: each leg has the platform's own RTP endpoint and offer/answer with it, so the parties never
/// exchange SDP. Transfers, holds and conferences then change only who is mixed with whom, never the phones' media.
/// </summary>
public sealed partial class B2bua
{
    private bool Anchored => _media is not null;

    /// <summary>Opens the caller's endpoint and the call's media session; returns the SIP failure to answer with, or null.</summary>
    private (int Status, string Reason)? OpenCallerMedia(Call call, CallLeg leg)
    {
        try
        {
            leg.Media = _media!.OpenEndpoint($"caller {leg.Party.Number} of {call.Id}");
        }
        catch (RtpPortsExhaustedException ex)
        {
            _logger.LogWarning("Call {CallId} refused: {Reason}", call.Id, ex.Message);
            return (503, "No media ports free");
        }

        if (!leg.RemoteSdp.IsEmpty)
        {
            try
            {
                leg.LocalAnswer = leg.Media.AnswerOffer(leg.RemoteSdp);
            }
            catch (SdpNegotiationException ex)
            {
                _logger.LogInformation("Call {CallId} refused: {Reason}", call.Id, ex.Message);
                ReleaseMedia(leg);
                return (488, "Not Acceptable Here");
            }
        }

        AttachSession(call);
        call.Media!.SetCaller(leg.Media);
        return null;
    }

    /// <summary>Creates the call's media session on the media clock and listens to its digits and silences.</summary>
    private void AttachSession(Call call)
    {
        var session = _media!.CreateSession(call.Id);
        session.MediaTimeout = _media.Options.MediaTimeout;
        session.DigitReceived += (_, endpoint, digit, source) => OnDigit(call, endpoint, digit, source);
        session.MediaTimedOut += endpoint => _ = OnMediaTimeoutAsync(call, endpoint);
        call.Media = session;
    }

    /// <summary>Opens the endpoint of an outbound leg and returns our offer for its INVITE.</summary>
    private byte[] OpenCalleeMedia(CallLeg leg)
    {
        leg.Media = _media!.OpenEndpoint($"{leg.Party.Number} of {leg.Call.Id}");
        return leg.Media.CreateOffer();
    }

    /// <summary>The SDP of our 2xx to the caller: the answer to its offer, or our offer when its INVITE had none.</summary>
    private static byte[] CallerAnswerBody(CallLeg caller) => caller.LocalAnswer ?? caller.Media!.CreateOffer();

    /// <summary>Takes a leg out of the call's audio, keeps its RTP figures for the record and closes its endpoint.</summary>
    private void ReleaseMedia(CallLeg leg)
    {
        if (leg.Media is not { } endpoint)
        {
            return;
        }

        leg.Media = null;
        var call = leg.Call;
        call.Media?.Detach(endpoint);
        if (endpoint.Negotiated is not null)
        {
            call.LegReports.Add(new LegQuality(leg.Party, endpoint.GetQualityReport()));
        }

        _ = CloseEndpointAsync(endpoint);
    }

    private async Task CloseEndpointAsync(MediaEndpoint endpoint)
    {
        try
        {
            await endpoint.DisposeAsync();
        }
#pragma warning disable CA1031 // Closing sockets at the end of a call must not fault anything else.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogWarning("Closing media endpoint {Endpoint} failed: {Reason}", endpoint, ex.Message);
        }
    }

    /// <summary>Ends the call's media: the recording is finished and every endpoint closed. Returns the report for the CDR.</summary>
    private CallMediaReport? CloseCallMedia(Call call)
    {
        if (call.Media is not { } session)
        {
            return null;
        }

        var recording = session.FinishRecording();
        foreach (var leg in call.Legs.ToList())
        {
            ReleaseMedia(leg);
        }

        session.Dispose();
        call.Media = null;
        return new CallMediaReport(recording, [.. call.LegReports]);
    }

    private void OnDigit(Call call, MediaEndpoint endpoint, char digit, DtmfSource source)
    {
        var party = call.Legs.FirstOrDefault(l => ReferenceEquals(l.Media, endpoint))?.Party;
        if (party is not null)
        {
            Raise(new DtmfReceived(call.Id, _time.GetUtcNow(), party, digit, source));
        }
    }

    private async Task OnMediaTimeoutAsync(Call call, MediaEndpoint endpoint)
    {
        using (await call.LockAsync())
        {
            if (call.IsEnded)
            {
                return;
            }

            var leg = call.Legs.FirstOrDefault(l => ReferenceEquals(l.Media, endpoint));
            if (leg is null)
            {
                return;
            }

            _logger.LogWarning("Call {CallId}: no RTP from {Leg} for {Timeout}; ending the call", call.Id, leg, _media!.Options.MediaTimeout);
            await CancelPendingAsync(call);
            await ByeEveryLegAsync(call);

            EndCall(call, CallEndCause.Failure, null, $"no media from {leg.Party.Number} for {_media.Options.MediaTimeout?.TotalSeconds} s");
        }
    }

    /// <summary>Answers a re-INVITE ourselves with the leg's endpoint (holds and refreshes never reach the other party).</summary>
    private async Task AnswerReinviteAnchoredAsync(CallLeg leg, Hotline.Telephony.Sip.Transactions.SipServerTransaction transaction)
    {
        var offer = transaction.Request.Body;
        byte[] body;
        try
        {
            body = offer.IsEmpty ? leg.Media!.CreateOffer() : leg.Media!.AnswerOffer(offer);
        }
        catch (SdpNegotiationException ex)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(488, "Not Acceptable Here"));
            _logger.LogInformation("Re-INVITE on {Leg} refused: {Reason}", leg, ex.Message);
            return;
        }

        var ok = transaction.CreateResponse(200);
        ok.Headers.Add(Hotline.Telephony.Sip.Messages.SipHeaderNames.Contact, ContactFor(leg.Remote).ToString());
        SetBody(ok, body);
        await transaction.SendResponseAsync(ok);
        if (!offer.IsEmpty)
        {
            ApplyPeerHold(leg, leg.Media!.RemoteHold);
        }
    }

    /// <summary>A phone put the call on hold (or took it off): the other parties hear music on hold meanwhile.</summary>
    private void ApplyPeerHold(CallLeg leg, bool holding)
    {
        var call = leg.Call;
        if (holding == leg.IsHolding || call.Media is not { } session)
        {
            return;
        }

        leg.IsHolding = holding;
        foreach (var other in new[] { call.Caller, call.Callee }.OfType<CallLeg>())
        {
            if (ReferenceEquals(other, leg) || other.Media is null)
            {
                continue;
            }

            if (holding)
            {
                session.Hold(other.Media, withMusic: true);
            }
            else if (!call.IsHeldByPlatform)
            {
                session.Resume(other.Media);
            }
        }

        Raise(holding ? new CallHeld(call.Id, _time.GetUtcNow(), leg.Party) : new CallResumed(call.Id, _time.GetUtcNow(), leg.Party));
    }
}
