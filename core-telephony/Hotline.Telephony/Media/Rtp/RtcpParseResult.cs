namespace Hotline.Telephony.Media.Rtp;

/// <summary>The outcome of parsing an RTCP datagram: the packets, or why it was refused.</summary>
public sealed record RtcpParseResult(RtcpParseStatus Status, IReadOnlyList<RtcpPacket> Packets)
{
    /// <summary>Whether the datagram was well formed.</summary>
    public bool IsValid => Status == RtcpParseStatus.Ok;

    internal static RtcpParseResult Failure(RtcpParseStatus status) => new(status, []);
}
