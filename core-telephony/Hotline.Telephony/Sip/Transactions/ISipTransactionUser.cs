using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The transaction user (registrar, B2BUA, ...): what the transaction layer hands up. Exceptions thrown here are logged, never fatal.</summary>
public interface ISipTransactionUser
{
    /// <summary>
    /// A new request (any method but ACK and CANCEL). Answer through <see cref="SipServerTransaction.SendResponseAsync"/>, now
    /// or later; an INVITE gets 100 Trying automatically after 200 ms. If this throws before a final answer, the layer answers 500.
    /// </summary>
    ValueTask OnRequestAsync(SipServerTransaction transaction);

    /// <summary>
    /// A CANCEL for an INVITE that has no final response yet (RFC 3261 §9.2). The TU answers the INVITE (normally 487)
    /// and the CANCEL (200). CANCELs for unknown or already answered INVITEs are answered by the layer (481, 200).
    /// </summary>
    ValueTask OnCancelAsync(SipServerTransaction cancel, InviteServerTransaction invite);

    /// <summary>An ACK that is no transaction's business: the ACK for a 2xx (RFC 3261 §13.3.1.4, RFC 6026 §7.1).</summary>
    ValueTask OnAckAsync(SipInboundMessage ack);

    /// <summary>A response that matched no client transaction, e.g. a 2xx retransmitted after Timer M (RFC 6026 §7.2).</summary>
    ValueTask OnStrayResponseAsync(SipInboundMessage response);

    /// <summary>A server transaction failed: no ACK came for a non-2xx final (Timer H), the TU never answered, or a response could not be sent.</summary>
    ValueTask OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure);
}
