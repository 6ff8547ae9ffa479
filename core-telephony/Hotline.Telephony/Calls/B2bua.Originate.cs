using Hotline.Telephony.Media.Rtp;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Calls;

/// <summary>
/// Calls the platform places (click-to-dial, call-backs, campaigns): the first party — usually the agent's phone — is
/// rung with the number it is about to reach as caller id; once it answers it is the call's caller, and
/// <see cref="BridgeAsync"/> connects the destination, which sees the platform's service number.
/// </summary>
public sealed partial class B2bua
{
    /// <inheritdoc />
    public async Task<BridgeResult> OriginateAsync(
        string callId, CallTarget first, CallParty shownToFirst, CallParty presentAs, TimeSpan ringTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(shownToFirst);
        ArgumentNullException.ThrowIfNull(presentAs);
        if (!Anchored)
        {
            throw new CallControlException($"call {callId}: media is not anchored by the platform, so it cannot place calls");
        }

        var resolved = await _resolver.ResolveAsync(first, cancellationToken);
        if (resolved is null)
        {
            return new BridgeResult(BridgeOutcome.Unreachable, 480, $"{first} is not reachable (not registered or no trunk)");
        }

        // The first leg is shown the destination; it is the call's caller, and Pending while it rings (so hang-up cancels it).
        var call = new Call(callId) { PresentedAs = presentAs };
        var leg = new CallLeg(call, isInbound: false, resolved.Party, resolved.Remote)
        {
            Outcome = new TaskCompletionSource<BridgeResult>(TaskCreationOptions.RunContinuationsAsynchronously),
            Sdp = SdpFor(resolved.Remote),
        };
        call.Caller = leg;
        if (!_calls.TryAdd(callId, call))
        {
            throw new CallControlException($"a call with id {callId} already exists");
        }

        using (await call.LockAsync(cancellationToken))
        {
            AttachSession(call);
            byte[] offer;
            try
            {
                offer = OpenCalleeMedia(leg);
            }
            catch (RtpPortsExhaustedException ex)
            {
                EndCall(call, CallEndCause.Failure, 503, ex.Message);
                return new BridgeResult(BridgeOutcome.Unreachable, 503, ex.Message);
            }

            var invite = BuildInvite(shownToFirst, 70, resolved, offer);
            leg.OutboundRequest = invite;
            call.Pending = leg;
            try
            {
                leg.OutboundInvite = await _transactions.SendInviteAsync(
                    invite, resolved.Remote, (_, response) => OnCalleeResponseAsync(leg, response), CancellationToken.None);
            }
            catch (SipTransportException ex)
            {
                EndCall(call, CallEndCause.Unreachable, 503, ex.Message);
                return new BridgeResult(BridgeOutcome.Unreachable, 503, ex.Message);
            }
        }

        var result = await AwaitOutcomeAsync(leg, ringTimeout, cancellationToken);
        if (!result.IsAnswered)
        {
            using (await call.LockAsync(CancellationToken.None))
            {
                var cause = result.Outcome switch
                {
                    BridgeOutcome.Busy => CallEndCause.Busy,
                    BridgeOutcome.NoAnswer => CallEndCause.NoAnswer,
                    BridgeOutcome.Unreachable => CallEndCause.Unreachable,
                    _ => CallEndCause.Rejected,
                };
                EndCall(call, cause, result.SipStatus, $"{leg.Party.Number} did not answer: {result.Reason}");
            }
        }

        return result;
    }
}
