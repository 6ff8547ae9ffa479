using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>One RTCP packet of a compound datagram (RFC 3550 §6.1).</summary>
public abstract record RtcpPacket
{
    /// <summary>The size of the common header: V, P, count, PT and length.</summary>
    public const int HeaderSize = 4;

    /// <summary>The packet type.</summary>
    public abstract byte PacketType { get; }

    /// <summary>The 5-bit count field: report count, source count or subtype.</summary>
    protected abstract int HeaderCount { get; }

    /// <summary>The body length in bytes, a multiple of four.</summary>
    protected abstract int BodyLength { get; }

    /// <summary>The packet's size on the wire.</summary>
    public int Size => HeaderSize + BodyLength;

    /// <summary>Writes the body after the common header.</summary>
    protected abstract void WriteBody(Span<byte> destination);

    /// <summary>Writes the packet; false when <paramref name="destination"/> is too small.</summary>
    public bool TryWrite(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var count = HeaderCount;
        if (count is < 0 or > 31)
        {
            throw new InvalidOperationException($"An RTCP {PacketType} packet cannot carry {count} items (at most 31).");
        }

        var size = Size;
        if (size > destination.Length)
        {
            return false;
        }

        WriteHeader(destination, PacketType, count, size);
        WriteBody(destination[HeaderSize..size]);
        bytesWritten = size;
        return true;
    }

    /// <summary>Writes the common header of a packet of <paramref name="size"/> bytes (a multiple of four).</summary>
    internal static void WriteHeader(Span<byte> destination, byte packetType, int count, int size)
    {
        destination[0] = (byte)((RtpHeader.Version << 6) | count);
        destination[1] = packetType;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)((size / 4) - 1));
    }
}
