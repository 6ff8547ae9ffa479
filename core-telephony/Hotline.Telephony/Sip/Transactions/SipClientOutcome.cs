namespace Hotline.Telephony.Sip.Transactions;

/// <summary>How a client transaction ended.</summary>
public enum SipClientOutcome
{
    /// <summary>A final response arrived from the network.</summary>
    Response,

    /// <summary>Timer B or F fired; the result carries a synthesized 408 (RFC 3261 §8.1.3.1).</summary>
    Timeout,

    /// <summary>The request could not be sent; the result carries a synthesized 503 (RFC 3261 §8.1.3.1).</summary>
    TransportError,
}
