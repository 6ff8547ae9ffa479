using System.Buffers.Binary;
using System.Text;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>BYE: the listed sources are leaving, with an optional reason (RFC 3550 §6.6).</summary>
public sealed record RtcpGoodbye(IReadOnlyList<uint> Sources, string? Reason = null) : RtcpPacket
{
    /// <inheritdoc/>
    public override byte PacketType => (byte)RtcpPacketType.Goodbye;

    /// <inheritdoc/>
    protected override int HeaderCount => Sources.Count;

    private int ReasonBytes => Reason is null ? 0 : Math.Min(255, Encoding.UTF8.GetByteCount(Reason));

    /// <inheritdoc/>
    protected override int BodyLength => (4 * Sources.Count) + (Reason is null ? 0 : (1 + ReasonBytes + 3) & ~3);

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> destination)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(4 * i)..], Sources[i]);
        }

        if (Reason is not null)
        {
            var at = 4 * Sources.Count;
            var reason = destination[at..];
            reason.Clear();
            var text = Encoding.UTF8.GetBytes(Reason);
            var length = ReasonBytes;
            reason[0] = (byte)length;
            text.AsSpan(0, length).CopyTo(reason[1..]);
        }
    }

    internal static RtcpGoodbye? Read(ReadOnlySpan<byte> body, int sourceCount)
    {
        if (4 * sourceCount > body.Length)
        {
            return null;
        }

        var sources = new uint[sourceCount];
        for (var i = 0; i < sourceCount; i++)
        {
            sources[i] = BinaryPrimitives.ReadUInt32BigEndian(body[(4 * i)..]);
        }

        string? reason = null;
        var at = 4 * sourceCount;
        if (at < body.Length)
        {
            var length = body[at];
            if (at + 1 + length > body.Length)
            {
                return null;
            }

            reason = Encoding.UTF8.GetString(body.Slice(at + 1, length));
        }

        return new RtcpGoodbye(sources, reason);
    }
}
