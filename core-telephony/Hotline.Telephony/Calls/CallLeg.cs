using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Calls;

/// <summary>
/// One side of a bridged call: a dialog with one peer. The inbound leg is ours as UAS (the caller), an
/// outbound leg ours as UAC (an agent, a trunk). Guarded by its <see cref="Call"/>'s gate.
/// </summary>
internal sealed class CallLeg(Call call, bool isInbound, CallParty party, SipRemote remote)
{
    /// <summary>The call the leg belongs to; an attended transfer moves a leg from one call to another.</summary>
    public Call Call { get; set; } = call;

    public bool IsInbound { get; } = isInbound;

    /// <summary>The peer as the application sees it.</summary>
    public CallParty Party { get; } = party;

    /// <summary>Where the peer's signalling goes.</summary>
    public SipRemote Remote { get; set; } = remote;

    public CallLegState State { get; set; } = CallLegState.Calling;

    /// <summary>Established once a To tag is known (early) and confirmed on 2xx.</summary>
    public SipDialog? Dialog { get; set; }

    /// <summary>Inbound: the initial INVITE's server transaction until it has a final answer.</summary>
    public InviteServerTransaction? InboundInvite { get; set; }

    /// <summary>Inbound: our To tag, fixed for the life of the leg.</summary>
    public string LocalTag { get; set; } = SipIdentifiers.NewTag();

    /// <summary>Outbound: our pending INVITE (initial or re-INVITE) client transaction.</summary>
    public InviteClientTransaction? OutboundInvite { get; set; }

    /// <summary>Outbound: the initial INVITE we sent (for ACK and dialog creation).</summary>
    public SipRequest? OutboundRequest { get; set; }

    /// <summary>The last session description the peer sent (offer or answer).</summary>
    public ReadOnlyMemory<byte> RemoteSdp { get; set; }

    /// <summary>How session descriptions are rewritten for this leg (set when the leg starts).</summary>
    public LegSdp Sdp { get; set; } = null!;

    /// <summary>A re-INVITE or other request we relay to this leg is outstanding (glare guard, RFC 3261 §14.1).</summary>
    public bool HasPendingReinvite { get; set; }

    /// <summary>Replaced by a transfer: its BYE no longer ends the call.</summary>
    public bool IsDetached { get; set; }

    /// <summary>This leg asked for the transfer (REFER): it is released after the final NOTIFY, not at the answer.</summary>
    public bool IsTransferor { get; set; }

    /// <summary>The ring timeout ran out and we cancelled: the 487 means no answer.</summary>
    public bool CancelledForTimeout { get; set; }

    /// <summary>Whether the peer's last description put the call on hold.</summary>
    public bool IsHolding { get; set; }

    /// <summary>Completed when an outbound leg's initial INVITE gets its final outcome.</summary>
    public TaskCompletionSource<BridgeResult>? Outcome { get; set; }

    /// <summary>Re-sends our 2xx to an inbound INVITE until the ACK arrives (RFC 3261 §13.3.1.4).</summary>
    public AnswerRetransmitter? AnswerRetransmitter { get; set; }

    /// <summary>The platform's media end of this leg when media is anchored.</summary>
    public Hotline.Telephony.Media.Sessions.MediaEndpoint? Media { get; set; }

    /// <summary>Anchored: our answer to the caller's initial offer, sent in 183/200.</summary>
    public byte[]? LocalAnswer { get; set; }

    /// <summary>A third party or supervisor joined to the call (not its caller or callee).</summary>
    public bool IsExtra { get; init; }

    /// <summary>For a supervisor: how it monitors (null for a conference's third party).</summary>
    public MonitorMode? Monitor { get; set; }

    /// <summary>An ACK to send to this leg once the other side's ACK brings the answer (late offer).</summary>
    public SipRequest? DeferredAck { get; set; }

    public override string ToString() => $"{(IsInbound ? "inbound" : "outbound")} leg {Party.Number} of call {Call.Id} ({State})";
}
