using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Sip;

/// <summary>Admission of new calls: who may call what (no toll fraud), and where each call goes first.</summary>
public sealed partial class SipServer
{
    private async Task OnNewInviteAsync(InviteServerTransaction invite)
    {
        if (await RejectUnsupportedAsync(invite))
        {
            return;
        }

        var request = invite.Request;
        var called = DialledNumber(request.RequestUri);
        var trunk = _trunks.Match(invite.Remote.EndPoint);
        var calledParty = new CallParty(called, null, request.RequestUri.ToString() ?? called);

        // Asked per INVITE: numbers are added, rebound and disabled while the service runs. A disabled or unknown number
        // falls through to the rules below, like any other number.
        if (_serviceNumbers.Resolve(called) is not null)
        {
            // Citizens: no credentials asked, whatever their From says; they reach the service number and nothing else.
            var caller = CallerOf(request, trunk);
            await _b2bua.AcceptIncomingAsync(invite, caller, calledParty, trunk is null ? CallOrigin.Anonymous : CallOrigin.Trunk, trunk?.Name);
            return;
        }

        if (trunk is not null)
        {
            if (_options.StaticRoutes.FirstOrDefault(r => r.Number == called) is { } route)
            {
                var callId = await _b2bua.AcceptIncomingAsync(
                    invite, CallerOf(request, trunk), calledParty, CallOrigin.Trunk, trunk.Name, requireApplication: false);
                _ = ConnectAsync(callId, new CallTarget.External(string.IsNullOrEmpty(route.TargetNumber) ? called : route.TargetNumber, route.Trunk));
                return;
            }

            await RespondAsync(invite, 404, "Trunk calls reach service numbers only");
            return;
        }

        var auth = await _authenticator.AuthenticateAsync(request, invite.Remote, DigestChallengeKind.Server);
        if (!auth.IsAuthenticated)
        {
            await invite.SendResponseAsync(auth.Response!);
            return;
        }

        var extension = auth.UserName!;
        if (_resolver.TargetFor(request.RequestUri) is not { } target)
        {
            await RespondAsync(invite, 404, $"{called} is neither a registered extension nor a routable number");
            return;
        }

        var from = request.From;
        var callerParty = new CallParty(extension, from?.DisplayName, from?.Uri.ToString() ?? extension);
        var id = await _b2bua.AcceptIncomingAsync(invite, callerParty, calledParty, CallOrigin.Extension, null, requireApplication: false);
        _ = ConnectAsync(id, target);
    }

    /// <summary>Connects a call the SIP core routes by itself (extension calls, static routes); on failure the caller gets the reason.</summary>
    private async Task ConnectAsync(string callId, CallTarget target)
    {
        try
        {
            var result = await _b2bua.BridgeAsync(callId, target, _options.RingTimeout);
            if (!result.IsAnswered && result.Outcome != BridgeOutcome.CallerGone)
            {
                await _b2bua.RejectAsync(callId, result.SipStatus is >= 300 and < 700 ? result.SipStatus.Value : 480, result.Reason);
            }
        }
        catch (CallControlException ex)
        {
            _logger.LogDebug("Call {CallId} to {Target} ended while connecting: {Reason}", callId, target, ex.Message);
        }
    }

    private static string DialledNumber(AddressUri uri) => uri switch
    {
        SipUri sip => sip.User ?? "",
        TelUri tel => tel.Number,
        _ => "",
    };

    /// <summary>The caller as the application sees it: from a trunk, P-Asserted-Identity (else From) in E.164.</summary>
    private static CallParty CallerOf(SipRequest request, SipTrunkOptions? trunk)
    {
        var identity = trunk is not null && request.PAssertedIdentities.Count > 0 ? request.PAssertedIdentities[0] : request.From;
        var raw = identity?.Uri switch
        {
            SipUri sip => sip.User ?? "",
            TelUri tel => tel.Number,
            _ => "",
        };
        var number = trunk is null ? raw : PhoneNumberNormalizer.ToE164(raw, trunk.CountryCode);
        return new CallParty(number, identity?.DisplayName, identity?.Uri.ToString() ?? "");
    }
}
