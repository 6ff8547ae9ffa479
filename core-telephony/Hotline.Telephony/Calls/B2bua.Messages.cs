using System.Globalization;
using System.Net;
using Hotline.Telephony.Sdp;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>Message construction shared by the B2BUA's parts.</summary>
public sealed partial class B2bua
{
    private const string SdpContentType = "application/sdp";
    private const string AllowedMethods = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REFER, NOTIFY";

    /// <summary>Our Contact for a dialog with a peer on <paramref name="remote"/>'s transport.</summary>
    private NameAddress ContactFor(SipRemote remote)
    {
        var (host, port) = _transport.SentBy(remote.Transport);
        var uri = new SipUri(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host, _options.ContactUser, port);
        if (remote.Transport == SipTransportKind.Tcp)
        {
            uri.Parameters.Set("transport", "tcp");
        }

        return new NameAddress(uri);
    }

    private LegSdp SdpFor(SipRemote remote)
    {
        var (host, _) = _transport.SentBy(remote.Transport);
        return new LegSdp(IPAddress.TryParse(host, out var address) ? address : IPAddress.Loopback);
    }

    private static void SetBody(SipMessage message, ReadOnlyMemory<byte> sdp)
    {
        message.Headers.Remove(SipHeaderNames.ContentType);
        if (!sdp.IsEmpty)
        {
            message.Headers.Add(SipHeaderNames.ContentType, SdpContentType);
        }

        message.Body = sdp;
    }

    /// <summary>The initial INVITE to a target for a call's caller: its identity, or the one a placed call presents (the service number).</summary>
    private SipRequest BuildInvite(CallLeg caller, ResolvedCallTarget target, ReadOnlyMemory<byte> sdp)
    {
        var maxForwards = caller.InboundInvite?.Request.MaxForwards is { } mf ? Math.Clamp(mf - 1, 1, 70) : 70;
        return BuildInvite(caller.Call.PresentedAs ?? caller.Party, maxForwards, target, sdp);
    }

    /// <summary>The initial INVITE to a target, presenting <paramref name="presented"/> in the platform's domain.</summary>
    private SipRequest BuildInvite(CallParty presented, int maxForwards, ResolvedCallTarget target, ReadOnlyMemory<byte> sdp)
    {
        var invite = new SipRequest(SipMethods.Invite, target.RequestUri);
        invite.Headers.Add(SipHeaderNames.MaxForwards, maxForwards.ToString(CultureInfo.InvariantCulture));
        var from = new NameAddress(new SipUri(_options.Domain, presented.Number), presented.DisplayName) { Tag = SipIdentifiers.NewTag() };
        invite.Headers.Add(SipHeaderNames.From, from.ToString());
        invite.Headers.Add(SipHeaderNames.To, new NameAddress(target.RequestUri).ToString());
        invite.Headers.Add(SipHeaderNames.CallId, SipIdentifiers.NewCallId(_options.Domain));
        invite.Headers.Add(SipHeaderNames.CSeq, "1 INVITE");
        invite.Headers.Add(SipHeaderNames.Contact, ContactFor(target.Remote).ToString());
        invite.Headers.Add(SipHeaderNames.Allow, AllowedMethods);
        invite.Headers.Add("User-Agent", _options.UserAgent);
        SetBody(invite, sdp);
        return invite;
    }

    /// <summary>Sends a re-INVITE with <paramref name="sdp"/> (direction forced when given) in the leg's dialog and ACKs its 2xx.</summary>
    private async Task ReinviteAsync(CallLeg leg, ReadOnlyMemory<byte> sdp, SdpDirection? direction = null)
    {
        if (leg.Dialog is not { } dialog || leg.State != CallLegState.Answered)
        {
            return;
        }

        var reinvite = dialog.CreateRequest(SipMethods.Invite, ContactFor(leg.Remote));
        SetBody(reinvite, leg.Sdp.Prepare(sdp, direction));
        var sequence = reinvite.CSeq!.Number;
        leg.HasPendingReinvite = true;
        await _transactions.SendInviteAsync(reinvite, dialog.TransportRemote, async (_, response) =>
        {
            if (response.IsProvisional)
            {
                return;
            }

            using (await leg.Call.LockAsync())
            {
                leg.HasPendingReinvite = false;
                if (response.IsSuccess && leg.Dialog is { } current)
                {
                    current.AcceptResponse(response);
                    await _transactions.SendAckAsync(current.CreateAck(sequence, ContactFor(leg.Remote)), current.TransportRemote);
                }
            }
        });
    }

    /// <summary>Ends every answered leg of a call (caller, callee, third parties) with BYE before the call ends.</summary>
    private async Task ByeEveryLegAsync(Call call)
    {
        foreach (var leg in call.Legs.ToList())
        {
            await ByeAsync(leg);
        }
    }

    /// <summary>Ends an answered leg with BYE; the answer does not matter to anyone.</summary>
    private async Task ByeAsync(CallLeg leg)
    {
        if (leg.Dialog is not { } dialog || leg.State != CallLegState.Answered)
        {
            return;
        }

        leg.State = CallLegState.Ended;
        leg.AnswerRetransmitter?.Dispose();
        ReleaseMedia(leg);
        var bye = dialog.CreateRequest(SipMethods.Bye, ContactFor(leg.Remote));
        dialog.Terminate();
        Forget(leg);
        try
        {
            await _transactions.SendRequestAsync(bye, dialog.TransportRemote);
        }
        catch (SipTransportException ex)
        {
            _logger.LogWarning("BYE to {Leg} could not be sent: {Reason}", leg, ex.Message);
        }
    }
}
