using System.Globalization;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Calls;

/// <summary>Blind transfer requested by a phone with REFER (RFC 3515), progress reported by NOTIFY with sipfrag.</summary>
public sealed partial class B2bua
{
    /// <summary>How long the transfer target may ring before the transfer fails.</summary>
    private static readonly TimeSpan TransferRingTimeout = TimeSpan.FromSeconds(30);

    private async Task OnReferAsync(CallLeg leg, SipServerTransaction transaction)
    {
        var call = leg.Call;
        var request = transaction.Request;
        if (!ReferenceEquals(leg, call.Callee) || !call.IsAnswered)
        {
            // The caller (a citizen) cannot move the call elsewhere; only the answering party transfers.
            await transaction.SendResponseAsync(transaction.CreateResponse(403, "Only the answering party may transfer"));
            return;
        }

        if (request.ReferTo?.Uri is SipUri { } withHeaders && withHeaders.Headers["Replaces"] is { } replaces)
        {
            await OnAttendedReferAsync(leg, transaction, replaces);
            return;
        }

        if (request.ReferTo?.Uri is not { } referTo || _resolver.TargetFor(referTo) is not { } target)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(400, "Refer-To names no reachable number"));
            return;
        }

        leg.IsTransferor = true;
        await transaction.SendResponseAsync(transaction.CreateResponse(202));
        await NotifyReferProgressAsync(leg, 100, "Trying", final: false);
        _ = CompleteReferAsync(leg, target);
    }

    private async Task CompleteReferAsync(CallLeg transferor, CallTarget target)
    {
        try
        {
            var result = await BridgeAsync(transferor.Call.Id, target, TransferRingTimeout);
            using (await transferor.Call.LockAsync())
            {
                // The transferor is told how it went; on success it is detached and released once told.
                var status = result.IsAnswered ? 200 : result.SipStatus ?? 503;
                await NotifyReferProgressAsync(transferor, status, result.IsAnswered ? "OK" : result.Reason, final: true);
                transferor.IsTransferor = false;
                if (result.IsAnswered)
                {
                    await ByeAsync(transferor);
                }
            }
        }
        catch (CallControlException ex)
        {
            _logger.LogInformation("Transfer of {Call} to {Target} failed: {Reason}", transferor.Call.Id, target, ex.Message);
        }
    }

    /// <summary>NOTIFY in the transferor's dialog with a message/sipfrag status line (RFC 3515 §2.4.5).</summary>
    private async Task NotifyReferProgressAsync(CallLeg leg, int status, string reason, bool final)
    {
        if (leg.Dialog is not { } dialog)
        {
            return;
        }

        var notify = dialog.CreateRequest(SipMethods.Notify, ContactFor(leg.Remote));
        notify.Headers.Add(SipHeaderNames.Event, "refer");
        notify.Headers.Add("Subscription-State", final ? "terminated;reason=noresource" : "active;expires=60");
        notify.Headers.Add(SipHeaderNames.ContentType, "message/sipfrag;version=2.0");
        notify.Body = System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SIP/2.0 {status} {reason}\r\n"));
        await _transactions.SendRequestAsync(notify, dialog.TransportRemote);
    }
}
