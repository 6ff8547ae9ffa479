using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>One reception report block of an SR or RR (RFC 3550 §6.4.1).</summary>
/// <param name="Ssrc">The source this block reports on.</param>
/// <param name="FractionLost">Packets lost since the previous report, as a fixed-point fraction of 256.</param>
/// <param name="CumulativeLost">Expected minus received since the start, a signed 24-bit value (negative with duplicates).</param>
/// <param name="ExtendedHighestSequence">Cycles of the sequence number in the upper 16 bits, highest sequence in the lower.</param>
/// <param name="Jitter">Interarrival jitter in timestamp units.</param>
/// <param name="LastSenderReport">LSR: middle 32 bits of the NTP timestamp of the last SR received from the source, or 0.</param>
/// <param name="DelaySinceLastSenderReport">DLSR: delay since that SR in units of 1/65536 s, or 0.</param>
public readonly record struct RtcpReportBlock(
    uint Ssrc,
    byte FractionLost,
    int CumulativeLost,
    uint ExtendedHighestSequence,
    uint Jitter,
    uint LastSenderReport,
    uint DelaySinceLastSenderReport)
{
    /// <summary>The size of a block on the wire.</summary>
    public const int Size = 24;

    /// <summary>The largest cumulative loss the signed 24-bit field holds.</summary>
    public const int MaxCumulativeLost = 0x7FFFFF;

    /// <summary>The smallest cumulative loss the signed 24-bit field holds.</summary>
    public const int MinCumulativeLost = -0x800000;

    /// <summary>The fraction lost as a number between 0 and 1.</summary>
    public double FractionLostRatio => FractionLost / 256.0;

    internal static RtcpReportBlock Read(ReadOnlySpan<byte> data)
    {
        var lost = (data[5] << 16) | (data[6] << 8) | data[7];
        if ((lost & 0x800000) != 0)
        {
            lost -= 0x1000000;
        }

        return new RtcpReportBlock(
            BinaryPrimitives.ReadUInt32BigEndian(data),
            data[4],
            lost,
            BinaryPrimitives.ReadUInt32BigEndian(data[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[12..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    internal void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, Ssrc);
        destination[4] = FractionLost;
        var lost = Math.Clamp(CumulativeLost, MinCumulativeLost, MaxCumulativeLost) & 0xFFFFFF;
        destination[5] = (byte)(lost >> 16);
        destination[6] = (byte)(lost >> 8);
        destination[7] = (byte)lost;
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], ExtendedHighestSequence);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], Jitter);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], LastSenderReport);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], DelaySinceLastSenderReport);
    }
}
