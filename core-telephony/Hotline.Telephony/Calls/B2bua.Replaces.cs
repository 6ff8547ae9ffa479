using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;

namespace Hotline.Telephony.Calls;

/// <summary>
/// Attended transfer (RFC 5589 with RFC 3891 Replaces): an agent with a caller on one call and a consultation
/// call to a colleague on another sends REFER with Refer-To …?Replaces=&lt;consultation dialog&gt;. The caller and
/// the colleague are joined; both of the agent's legs are released.
/// </summary>
public sealed partial class B2bua
{
    private static readonly TimeSpan SecondCallLockTimeout = TimeSpan.FromSeconds(5);

    private async Task OnAttendedReferAsync(CallLeg transferor, SipServerTransaction transaction, string replacesValue)
    {
        ReplacesHeader replaces;
        try
        {
            replaces = ReplacesHeader.Parse(replacesValue);
        }
        catch (SipFormatException ex)
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(400, $"Bad Replaces in Refer-To: {ex.Message}"));
            return;
        }

        // Phones name the consultation dialog from their side or ours; try both orientations of the tags.
        var consultLeg = _dialogs.GetValueOrDefault(new SipDialogId(replaces.CallId, replaces.ToTag ?? "", replaces.FromTag ?? ""))
            ?? _dialogs.GetValueOrDefault(new SipDialogId(replaces.CallId, replaces.FromTag ?? "", replaces.ToTag ?? ""));
        var call = transferor.Call;
        if (consultLeg is null || ReferenceEquals(consultLeg.Call, call))
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(481, "Replaces names no other call of this platform"));
            return;
        }

        var consultation = consultLeg.Call;
        if (!await consultation.Gate.WaitAsync(SecondCallLockTimeout))
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(500, "Consultation call busy; try again"));
            return;
        }

        try
        {
            // The colleague is whoever is on the other side of the agent's consultation leg.
            if (consultation.IsEnded || !consultation.IsAnswered || consultation.OtherSide(consultLeg) is not { State: CallLegState.Answered } colleague)
            {
                await transaction.SendResponseAsync(transaction.CreateResponse(481, "The consultation call is not connected"));
                return;
            }

            await transaction.SendResponseAsync(transaction.CreateResponse(202));
            await NotifyReferProgressAsync(transferor, 200, "OK", final: true);

            // Move the colleague's leg into the caller's call and release both of the agent's legs.
            if (ReferenceEquals(consultation.Caller, colleague))
            {
                consultation.Caller = consultLeg; // keep the ending call consistent: its remaining legs are the agent's
            }

            consultation.Callee = null;
            colleague.Call = call;
            call.Callee = colleague;
            transferor.IsDetached = true;
            consultLeg.IsDetached = true;
            if (Anchored && colleague.Media is { } moved)
            {
                // Anchored: the colleague's endpoint moves into this call's mix; neither phone is re-invited.
                consultation.Media?.Detach(moved);
                call.Media?.Attach(moved);
            }

            await ByeAsync(transferor);
            await ByeAsync(consultLeg);
            if (!Anchored)
            {
                await ReinviteAsync(call.Caller, colleague.RemoteSdp);
                await ReinviteAsync(colleague, call.Caller.RemoteSdp);
            }
            EndCall(consultation, CallEndCause.Transferred, null, "joined to another call by attended transfer");
            Raise(new CallTransferred(call.Id, _time.GetUtcNow(), transferor.Party, colleague.Party, Attended: true));
        }
        finally
        {
            consultation.Gate.Release();
        }
    }
}
