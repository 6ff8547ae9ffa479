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

    /// <summary>
    /// Writes an RR with at most one report block straight into <paramref name="destination"/>, without building the
    /// record, so a session's periodic reports allocate nothing. Returns the bytes written.
    /// </summary>
    internal static int Write(Span<byte> destination, uint ssrc, RtcpReportBlock? block)
    {
        var count = block is null ? 0 : 1;
        var size = HeaderSize + 4 + (RtcpReportBlock.Size * count);
        WriteHeader(destination, (byte)RtcpPacketType.ReceiverReport, count, size);
        BinaryPrimitives.WriteUInt32BigEndian(destination[HeaderSize..], ssrc);
        block?.Write(destination[(HeaderSize + 4)..]);
        return size;
    }
}
