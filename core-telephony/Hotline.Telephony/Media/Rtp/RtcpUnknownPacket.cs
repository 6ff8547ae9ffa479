namespace Hotline.Telephony.Media.Rtp;

/// <summary>An RTCP packet this stack does not interpret (APP, feedback, XR…), kept as bytes.</summary>
public sealed record RtcpUnknownPacket(byte Type, int Count, ReadOnlyMemory<byte> Body) : RtcpPacket
{
    /// <inheritdoc/>
    public override byte PacketType => Type;

    /// <inheritdoc/>
    protected override int HeaderCount => Count;

    /// <inheritdoc/>
    protected override int BodyLength => (Body.Length + 3) & ~3;

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> destination)
    {
        destination.Clear();
        Body.Span.CopyTo(destination);
    }
}
