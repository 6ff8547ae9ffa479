namespace Hotline.Telephony.Media.Rtp;

/// <summary>The per-packet fields of an RTP fixed header that a sender chooses (RFC 3550 §5.1).</summary>
/// <param name="PayloadType">0–127 (RFC 3551 static types or a dynamic one from SDP).</param>
/// <param name="SequenceNumber">Increments by one per packet, wrapping at 2^16.</param>
/// <param name="Timestamp">Sampling instant of the first payload octet, in the payload's clock units.</param>
/// <param name="Ssrc">The synchronisation source.</param>
/// <param name="Marker">The M bit: for audio, the first packet of a talkspurt or of a telephone event.</param>
public readonly record struct RtpHeader(byte PayloadType, ushort SequenceNumber, uint Timestamp, uint Ssrc, bool Marker = false)
{
    /// <summary>The size of the fixed header without CSRCs or extension.</summary>
    public const int FixedSize = 12;

    /// <summary>The RTP version this stack speaks.</summary>
    public const int Version = 2;

    /// <summary>The largest payload type the 7-bit field can carry.</summary>
    public const byte MaxPayloadType = 127;
}
