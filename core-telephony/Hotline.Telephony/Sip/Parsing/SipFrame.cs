namespace Hotline.Telephony.Sip.Parsing;

/// <summary>The boundary of the next item in a stream buffer.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Offset">Where the message starts (after skipped CRLFs).</param>
/// <param name="Length">The message length in octets (headers and body).</param>
/// <param name="Consumed">Octets the caller can discard from the buffer start.</param>
/// <param name="Error">Why framing failed, for <see cref="SipFrameStatus.Error"/>.</param>
public readonly record struct SipFrame(SipFrameStatus Status, int Offset, int Length, int Consumed, string? Error);
