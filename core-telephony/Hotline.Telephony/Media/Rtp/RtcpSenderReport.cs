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
        WriteSender(destination, Ssrc, SenderInfo);
        for (var i = 0; i < Reports.Count; i++)
        {
            Reports[i].Write(destination[(24 + (i * RtcpReportBlock.Size))..]);
        }
    }

    /// <summary>
    /// Writes an SR with at most one report block straight into <paramref name="destination"/>, without building the
    /// record, so a session's periodic reports allocate nothing. Returns the bytes written.
    /// </summary>
    internal static int Write(Span<byte> destination, uint ssrc, RtcpSenderInfo info, RtcpReportBlock? block)
    {
        var count = block is null ? 0 : 1;
        var size = HeaderSize + 4 + RtcpSenderInfo.Size + (RtcpReportBlock.Size * count);
        WriteHeader(destination, (byte)RtcpPacketType.SenderReport, count, size);
        WriteSender(destination[HeaderSize..], ssrc, info);
        block?.Write(destination[(HeaderSize + 24)..]);
        return size;
    }

    private static void WriteSender(Span<byte> body, uint ssrc, RtcpSenderInfo info)
    {
        BinaryPrimitives.WriteUInt32BigEndian(body, ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(body[4..], info.NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(body[12..], info.RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(body[16..], info.PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(body[20..], info.OctetCount);
    }
}
