namespace Hotline.Telephony.Media.Rtp;

/// <summary>The sender information section of an SR (RFC 3550 §6.4.1).</summary>
/// <param name="NtpTimestamp">Wallclock time when the report was sent, 64-bit NTP format.</param>
/// <param name="RtpTimestamp">The same instant in the media clock of the sender's RTP timestamps.</param>
/// <param name="PacketCount">RTP packets sent since the start.</param>
/// <param name="OctetCount">RTP payload octets sent since the start.</param>
public readonly record struct RtcpSenderInfo(ulong NtpTimestamp, uint RtpTimestamp, uint PacketCount, uint OctetCount)
{
    /// <summary>The size of the section on the wire.</summary>
    public const int Size = 20;

    /// <summary>The value a receiver echoes as LSR: the middle 32 bits of the NTP timestamp.</summary>
    public uint CompactNtp => NtpTime.Middle32(NtpTimestamp);
}
