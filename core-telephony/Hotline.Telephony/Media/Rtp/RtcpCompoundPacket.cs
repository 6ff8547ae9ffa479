using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>Parses and writes compound RTCP datagrams (RFC 3550 §6.1, validity checks of A.2).</summary>
public static class RtcpCompoundPacket
{
    /// <summary>Parses every packet of a datagram; never throws on malformed input.</summary>
    /// <param name="data">The datagram.</param>
    /// <param name="allowReducedSize">Accept a first packet other than SR/RR (RFC 5506); RFC 3550 alone requires SR or RR first.</param>
    public static RtcpParseResult Parse(ReadOnlySpan<byte> data, bool allowReducedSize = false)
    {
        if (data.Length < RtcpPacket.HeaderSize || data.Length % 4 != 0)
        {
            return RtcpParseResult.Failure(RtcpParseStatus.TooShort);
        }

        var packets = new List<RtcpPacket>(3);
        var offset = 0;
        while (offset < data.Length)
        {
            if (offset + RtcpPacket.HeaderSize > data.Length)
            {
                return RtcpParseResult.Failure(RtcpParseStatus.LengthMismatch);
            }

            var first = data[offset];
            if (first >> 6 != RtpHeader.Version)
            {
                return RtcpParseResult.Failure(RtcpParseStatus.UnsupportedVersion);
            }

            var type = data[offset + 1];
            var count = first & 0x1F;
            var size = 4 * (BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]) + 1);
            if (offset + size > data.Length)
            {
                return RtcpParseResult.Failure(RtcpParseStatus.LengthMismatch);
            }

            if (offset == 0 && !allowReducedSize && type is not ((byte)RtcpPacketType.SenderReport or (byte)RtcpPacketType.ReceiverReport))
            {
                return RtcpParseResult.Failure(RtcpParseStatus.FirstPacketNotReport);
            }

            var body = data.Slice(offset + RtcpPacket.HeaderSize, size - RtcpPacket.HeaderSize);
            if ((first & 0x20) != 0)
            {
                // Only the last packet of a compound may be padded (A.2).
                var padding = body.IsEmpty ? 0 : body[^1];
                if (offset + size != data.Length || padding == 0 || padding > body.Length)
                {
                    return RtcpParseResult.Failure(RtcpParseStatus.InvalidPadding);
                }

                body = body[..^padding];
            }

            var (packet, failure) = ReadPacket(type, count, body);
            if (packet is null)
            {
                return RtcpParseResult.Failure(failure);
            }

            packets.Add(packet);
            offset += size;
        }

        return new RtcpParseResult(RtcpParseStatus.Ok, packets);
    }

    private static (RtcpPacket? Packet, RtcpParseStatus Failure) ReadPacket(byte type, int count, ReadOnlySpan<byte> body)
    {
        switch ((RtcpPacketType)type)
        {
            case RtcpPacketType.SenderReport:
                // Profile-specific extensions may follow the report blocks; they are skipped.
                if (body.Length < 4 + RtcpSenderInfo.Size + (count * RtcpReportBlock.Size))
                {
                    return (null, RtcpParseStatus.InvalidReport);
                }

                var info = new RtcpSenderInfo(
                    BinaryPrimitives.ReadUInt64BigEndian(body[4..]),
                    BinaryPrimitives.ReadUInt32BigEndian(body[12..]),
                    BinaryPrimitives.ReadUInt32BigEndian(body[16..]),
                    BinaryPrimitives.ReadUInt32BigEndian(body[20..]));
                return (new RtcpSenderReport(BinaryPrimitives.ReadUInt32BigEndian(body), info, ReadBlocks(body[24..], count)), RtcpParseStatus.Ok);
            case RtcpPacketType.ReceiverReport:
                if (body.Length < 4 + (count * RtcpReportBlock.Size))
                {
                    return (null, RtcpParseStatus.InvalidReport);
                }

                return (new RtcpReceiverReport(BinaryPrimitives.ReadUInt32BigEndian(body), ReadBlocks(body[4..], count)), RtcpParseStatus.Ok);
            case RtcpPacketType.SourceDescription:
                return RtcpSourceDescription.Read(body, count) is { } sdes
                    ? (sdes, RtcpParseStatus.Ok)
                    : (null, RtcpParseStatus.InvalidSourceDescription);
            case RtcpPacketType.Goodbye:
                return RtcpGoodbye.Read(body, count) is { } bye
                    ? (bye, RtcpParseStatus.Ok)
                    : (null, RtcpParseStatus.InvalidGoodbye);
            default:
                return (new RtcpUnknownPacket(type, count, body.ToArray()), RtcpParseStatus.Ok);
        }
    }

    private static RtcpReportBlock[] ReadBlocks(ReadOnlySpan<byte> data, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var blocks = new RtcpReportBlock[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = RtcpReportBlock.Read(data[(i * RtcpReportBlock.Size)..]);
        }

        return blocks;
    }

    /// <summary>The size of the compound datagram holding <paramref name="packets"/>.</summary>
    public static int GetSize(IReadOnlyList<RtcpPacket> packets)
    {
        ArgumentNullException.ThrowIfNull(packets);
        var size = 0;
        foreach (var packet in packets)
        {
            size += packet.Size;
        }

        return size;
    }

    /// <summary>Writes the packets back to back as one compound datagram; false when the destination is too small.</summary>
    public static bool TryWrite(Span<byte> destination, IReadOnlyList<RtcpPacket> packets, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(packets);
        bytesWritten = 0;
        if (GetSize(packets) > destination.Length)
        {
            return false;
        }

        var offset = 0;
        foreach (var packet in packets)
        {
            packet.TryWrite(destination[offset..], out var written);
            offset += written;
        }

        bytesWritten = offset;
        return true;
    }
}
