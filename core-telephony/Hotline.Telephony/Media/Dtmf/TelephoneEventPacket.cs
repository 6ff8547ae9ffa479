namespace Hotline.Telephony.Media.Dtmf;

/// <summary>One RTP packet of an outgoing telephone event.</summary>
/// <param name="SendAt">The RTP timestamp clock value at which to send it.</param>
/// <param name="Timestamp">The RTP timestamp to put in the packet (the event's start, the same for all its packets).</param>
/// <param name="Marker">The RTP marker bit (set on the first packet of the event).</param>
/// <param name="Event">The payload.</param>
public readonly record struct TelephoneEventPacket(uint SendAt, uint Timestamp, bool Marker, TelephoneEvent Event);
