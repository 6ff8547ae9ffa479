namespace Hotline.Telephony.Sip.Parsing;

/// <summary>One item read from a stream: a parsed (or rejected) message, a keep-alive, a need for more data, or a framing error.</summary>
/// <param name="Status">What was read.</param>
/// <param name="Parsed">The parse result of a framed message (it may itself be a 400-worthy error).</param>
/// <param name="Error">The framing error; the connection should be closed.</param>
public readonly record struct SipFrameResult(SipFrameStatus Status, SipParseResult? Parsed, string? Error);
