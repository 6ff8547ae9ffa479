namespace Hotline.Telephony.Media.Dtmf;

/// <summary>One key press received as RFC 4733 events.</summary>
/// <param name="Digit">The digit.</param>
/// <param name="Duration">How long the key was held, from the event durations.</param>
/// <param name="Timestamp">The RTP timestamp identifying the event.</param>
/// <param name="Ending">How the end was known.</param>
public readonly record struct DtmfDigitReceived(char Digit, TimeSpan Duration, uint Timestamp, DtmfEventEnding Ending);
