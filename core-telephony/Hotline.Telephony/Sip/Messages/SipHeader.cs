namespace Hotline.Telephony.Sip.Messages;

/// <summary>One header field as received or added: the name as written and the unfolded value.</summary>
public readonly record struct SipHeader(string Name, string Value);
