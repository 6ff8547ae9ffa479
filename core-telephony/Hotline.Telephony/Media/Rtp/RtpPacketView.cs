using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>A parsed RTP packet over the received bytes (RFC 3550 §5.1): no copy, no allocation.</summary>
/// <remarks>The view is only valid while the underlying buffer is; copy the payload to keep it.</remarks>
public readonly ref struct RtpPacketView
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _payloadOffset;
    private readonly int _payloadLength;

    private RtpPacketView(ReadOnlySpan<byte> data, int payloadOffset, int payloadLength, int paddingLength)
    {
        _data = data;
        _payloadOffset = payloadOffset;
        _payloadLength = payloadLength;
        PaddingLength = paddingLength;
    }

    /// <summary>The whole datagram the view was parsed from.</summary>
    public ReadOnlySpan<byte> Data => _data;

    /// <summary>The fields a sender sets per packet.</summary>
    public RtpHeader Header => new(PayloadType, SequenceNumber, Timestamp, Ssrc, Marker);

    /// <summary>Whether the P bit is set.</summary>
    public bool HasPadding => (_data[0] & 0x20) != 0;

    /// <summary>Whether the X bit is set.</summary>
    public bool HasExtension => (_data[0] & 0x10) != 0;

    /// <summary>The number of contributing sources listed (0–15).</summary>
    public int CsrcCount => _data[0] & 0x0F;

    /// <summary>The M bit.</summary>
    public bool Marker => (_data[1] & 0x80) != 0;

    /// <summary>The 7-bit payload type.</summary>
    public byte PayloadType => (byte)(_data[1] & 0x7F);

    /// <summary>The 16-bit sequence number.</summary>
    public ushort SequenceNumber => BinaryPrimitives.ReadUInt16BigEndian(_data[2..]);

    /// <summary>The 32-bit media timestamp.</summary>
    public uint Timestamp => BinaryPrimitives.ReadUInt32BigEndian(_data[4..]);

    /// <summary>The synchronisation source identifier.</summary>
    public uint Ssrc => BinaryPrimitives.ReadUInt32BigEndian(_data[8..]);

    /// <summary>The number of padding octets at the end (including the count octet), 0 without padding.</summary>
    public int PaddingLength { get; }

    /// <summary>The header extension, when the X bit is set.</summary>
    public RtpHeaderExtension Extension
    {
        get
        {
            if (!HasExtension)
            {
                return default;
            }

            var at = RtpHeader.FixedSize + (4 * CsrcCount);
            var words = BinaryPrimitives.ReadUInt16BigEndian(_data[(at + 2)..]);
            return new RtpHeaderExtension(BinaryPrimitives.ReadUInt16BigEndian(_data[at..]), _data.Slice(at + 4, 4 * words));
        }
    }

    /// <summary>The payload, after CSRCs and any extension and before padding.</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(_payloadOffset, _payloadLength);

    /// <summary>The offset of the payload in <see cref="Data"/>.</summary>
    public int PayloadOffset => _payloadOffset;

    /// <summary>The contributing source at <paramref name="index"/> (0 ≤ index &lt; <see cref="CsrcCount"/>).</summary>
    public uint GetCsrc(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CsrcCount);
        return BinaryPrimitives.ReadUInt32BigEndian(_data[(RtpHeader.FixedSize + (4 * index))..]);
    }

    /// <summary>Checks and parses one RTP datagram; never throws on malformed input.</summary>
    /// <returns><see cref="RtpParseStatus.Ok"/> and the view, or why the datagram is not RTP (then the view is empty).</returns>
    public static RtpParseStatus Parse(ReadOnlySpan<byte> data, out RtpPacketView packet)
    {
        packet = default;
        if (data.Length < RtpHeader.FixedSize)
        {
            return RtpParseStatus.TooShort;
        }

        var first = data[0];
        if (first >> 6 != RtpHeader.Version)
        {
            return RtpParseStatus.UnsupportedVersion;
        }

        var offset = RtpHeader.FixedSize + (4 * (first & 0x0F));
        if (offset > data.Length)
        {
            return RtpParseStatus.TruncatedCsrcList;
        }

        if ((first & 0x10) != 0)
        {
            if (offset + 4 > data.Length)
            {
                return RtpParseStatus.TruncatedExtension;
            }

            offset += 4 + (4 * BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]));
            if (offset > data.Length)
            {
                return RtpParseStatus.TruncatedExtension;
            }
        }

        var padding = 0;
        if ((first & 0x20) != 0)
        {
            // The last octet counts the padding including itself (§5.1), so it cannot be zero.
            padding = data[^1];
            if (padding == 0 || padding > data.Length - offset)
            {
                return RtpParseStatus.InvalidPadding;
            }
        }

        packet = new RtpPacketView(data, offset, data.Length - offset - padding, padding);
        return RtpParseStatus.Ok;
    }
}
