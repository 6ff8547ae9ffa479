namespace Hotline.Telephony.Sip.Messages;

/// <summary>One ';name[=value]' parameter as written (value null when the parameter has none).</summary>
public readonly record struct SipParameter(string Name, string? Value);
