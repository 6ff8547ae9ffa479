using System.Buffers.Binary;
using System.Text;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>SDES: source description chunks (RFC 3550 §6.5).</summary>
public sealed record RtcpSourceDescription(IReadOnlyList<RtcpSdesChunk> Chunks) : RtcpPacket
{
    /// <summary>An SDES packet with just the CNAME of one source, as every compound packet needs.</summary>
    public static RtcpSourceDescription ForCanonicalName(uint ssrc, string canonicalName) =>
        new([new RtcpSdesChunk(ssrc, [new RtcpSdesItem(RtcpSdesItemType.CanonicalName, canonicalName)])]);

    /// <inheritdoc/>
    public override byte PacketType => (byte)RtcpPacketType.SourceDescription;

    /// <inheritdoc/>
    protected override int HeaderCount => Chunks.Count;

    /// <inheritdoc/>
    protected override int BodyLength
    {
        get
        {
            var length = 0;
            foreach (var chunk in Chunks)
            {
                length += ChunkLength(chunk);
            }

            return length;
        }
    }

    private static int ChunkLength(RtcpSdesChunk chunk)
    {
        var length = 4;
        foreach (var item in chunk.Items)
        {
            var bytes = Encoding.UTF8.GetByteCount(item.Text);
            if (bytes > 255 || item.Type == RtcpSdesItemType.End)
            {
                throw new InvalidOperationException($"SDES {item.Type} item cannot be written: text over 255 bytes or END type.");
            }

            length += 2 + bytes;
        }

        // At least one null octet ends the list, then padding to the next 32-bit boundary.
        return (length + 1 + 3) & ~3;
    }

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> destination)
    {
        var offset = 0;
        foreach (var chunk in Chunks)
        {
            var end = offset + ChunkLength(chunk);
            BinaryPrimitives.WriteUInt32BigEndian(destination[offset..], chunk.Ssrc);
            offset += 4;
            foreach (var item in chunk.Items)
            {
                destination[offset] = (byte)item.Type;
                var written = Encoding.UTF8.GetBytes(item.Text, destination[(offset + 2)..]);
                destination[offset + 1] = (byte)written;
                offset += 2 + written;
            }

            destination[offset..end].Clear();
            offset = end;
        }
    }

    internal static RtcpSourceDescription? Read(ReadOnlySpan<byte> body, int chunkCount)
    {
        var chunks = new List<RtcpSdesChunk>(chunkCount);
        var offset = 0;
        for (var c = 0; c < chunkCount; c++)
        {
            if (offset + 4 > body.Length)
            {
                return null;
            }

            var ssrc = BinaryPrimitives.ReadUInt32BigEndian(body[offset..]);
            offset += 4;
            var items = new List<RtcpSdesItem>();
            while (true)
            {
                if (offset >= body.Length)
                {
                    return null;
                }

                var type = body[offset];
                if (type == (byte)RtcpSdesItemType.End)
                {
                    // The null octet(s) run to the next 32-bit boundary.
                    offset = (offset + 4) & ~3;
                    break;
                }

                if (offset + 2 > body.Length || offset + 2 + body[offset + 1] > body.Length)
                {
                    return null;
                }

                var length = body[offset + 1];
                items.Add(new RtcpSdesItem((RtcpSdesItemType)type, Encoding.UTF8.GetString(body.Slice(offset + 2, length))));
                offset += 2 + length;
            }

            if (offset > body.Length)
            {
                return null;
            }

            chunks.Add(new RtcpSdesChunk(ssrc, items));
        }

        return new RtcpSourceDescription(chunks);
    }
}
