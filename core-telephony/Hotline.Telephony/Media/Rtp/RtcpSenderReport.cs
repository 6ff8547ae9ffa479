using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>SR: statistics from an active sender plus reception reports (RFC 3550 §6.4.1).</summary>
public sealed record RtcpSenderReport(uint Ssrc, RtcpSenderInfo SenderInfo, IReadOnlyList<RtcpReportBlock> Reports) : RtcpPacket
{
    /// <inheritdoc/>
    public override byte PacketType => (byte)RtcpPacketType.SenderReport;

    /// <inheritdoc/>
    protected override int HeaderCount => Reports.Count;

    /// <inheritdoc/>
    protected override int BodyLength => 4 + RtcpSenderInfo.Size + (RtcpReportBlock.Size * Reports.Count);

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, Ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(destination[4..], SenderInfo.NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], SenderInfo.RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], SenderInfo.PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], SenderInfo.OctetCount);
        for (var i = 0; i < Reports.Count; i++)
        {
            Reports[i].Write(destination[(24 + (i * RtcpReportBlock.Size))..]);
        }
    }
}
