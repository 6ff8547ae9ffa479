namespace Hotline.Telephony.Sip.Transactions;

/// <summary>Why a server transaction ended without its exchange completing.</summary>
public enum SipTransactionFailure
{
    /// <summary>Timer H fired without an ACK for a non-2xx final response, or the TU never answered in time.</summary>
    Timeout,

    /// <summary>The transport could not send a response (RFC 3261 §17.2.4).</summary>
    TransportError,
}
