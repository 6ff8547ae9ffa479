using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>RR: reception reports from a participant that is not sending (RFC 3550 §6.4.2).</summary>
public sealed record RtcpReceiverReport(uint Ssrc, IReadOnlyList<RtcpReportBlock> Reports) : RtcpPacket
{
    /// <inheritdoc/>
    public override byte PacketType => (byte)RtcpPacketType.ReceiverReport;

    /// <inheritdoc/>
    protected override int HeaderCount => Reports.Count;

    /// <inheritdoc/>
    protected override int BodyLength => 4 + (RtcpReportBlock.Size * Reports.Count);

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, Ssrc);
        for (var i = 0; i < Reports.Count; i++)
        {
            Reports[i].Write(destination[(4 + (i * RtcpReportBlock.Size))..]);
        }
    }
}
