namespace Hotline.Telephony.Media.Dtmf;

/// <summary>A digit carried in a SIP INFO body.</summary>
/// <param name="Digit">The digit.</param>
/// <param name="Duration">The key-press duration when the body gives one.</param>
public sealed record SipInfoDigit(char Digit, TimeSpan? Duration);
