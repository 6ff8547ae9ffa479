using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>Writes RTP packets (RFC 3550 §5.1) into a caller-provided buffer.</summary>
public static class RtpPacketWriter
{
    /// <summary>The size of a packet with these parts.</summary>
    public static int GetSize(int payloadLength, int csrcCount = 0, int extensionLength = -1, int paddingLength = 0) =>
        RtpHeader.FixedSize + (4 * csrcCount) + (extensionLength < 0 ? 0 : 4 + extensionLength) + payloadLength + paddingLength;

    /// <summary>Writes a packet; false (and nothing usable written) when the destination is too small.</summary>
    /// <param name="destination">Where the packet goes.</param>
    /// <param name="header">Payload type, sequence, timestamp, SSRC and marker.</param>
    /// <param name="payload">The media payload.</param>
    /// <param name="bytesWritten">The packet length.</param>
    /// <param name="csrcs">Up to 15 contributing sources (a mixer's list).</param>
    /// <param name="extension">An optional header extension whose data is whole 32-bit words.</param>
    /// <param name="paddingLength">Padding octets to append (0–255, including the count octet).</param>
    /// <exception cref="ArgumentException">The header or parts cannot be represented in RTP; a programming error.</exception>
    public static bool TryWrite(
        Span<byte> destination,
        in RtpHeader header,
        ReadOnlySpan<byte> payload,
        out int bytesWritten,
        ReadOnlySpan<uint> csrcs = default,
        RtpHeaderExtension extension = default,
        int paddingLength = 0)
    {
        bytesWritten = 0;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(header.PayloadType, RtpHeader.MaxPayloadType, nameof(header));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(csrcs.Length, 15, nameof(csrcs));
        ArgumentOutOfRangeException.ThrowIfNegative(paddingLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(paddingLength, 255);
        if (extension.IsPresent && (extension.Data.Length % 4 != 0 || extension.Data.Length / 4 > ushort.MaxValue))
        {
            throw new ArgumentException("RTP header extension data must be whole 32-bit words (RFC 3550 §5.3.1).", nameof(extension));
        }

        var size = GetSize(payload.Length, csrcs.Length, extension.IsPresent ? extension.Data.Length : -1, paddingLength);
        if (size > destination.Length)
        {
            return false;
        }

        destination[0] = (byte)((RtpHeader.Version << 6)
            | (paddingLength > 0 ? 0x20 : 0)
            | (extension.IsPresent ? 0x10 : 0)
            | csrcs.Length);
        destination[1] = (byte)((header.Marker ? 0x80 : 0) | header.PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], header.SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], header.Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], header.Ssrc);
        var offset = RtpHeader.FixedSize;
        foreach (var csrc in csrcs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[offset..], csrc);
            offset += 4;
        }

        if (extension.IsPresent)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], extension.Profile);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], (ushort)(extension.Data.Length / 4));
            extension.Data.CopyTo(destination[(offset + 4)..]);
            offset += 4 + extension.Data.Length;
        }

        payload.CopyTo(destination[offset..]);
        offset += payload.Length;
        if (paddingLength > 0)
        {
            destination.Slice(offset, paddingLength - 1).Clear();
            destination[offset + paddingLength - 1] = (byte)paddingLength;
            offset += paddingLength;
        }

        bytesWritten = offset;
        return true;
    }
}
