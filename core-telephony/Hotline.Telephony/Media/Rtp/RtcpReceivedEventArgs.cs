using System.Net;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>A compound RTCP packet received from the peer.</summary>
public sealed class RtcpReceivedEventArgs(IReadOnlyList<RtcpPacket> packets, IPEndPoint from, TimeSpan arrival) : EventArgs
{
    /// <summary>The packets of the compound.</summary>
    public IReadOnlyList<RtcpPacket> Packets { get; } = packets;

    /// <summary>Where it came from.</summary>
    public IPEndPoint From { get; } = from;

    /// <summary>When it arrived, measured from the session's start.</summary>
    public TimeSpan Arrival { get; } = arrival;

    /// <summary>Whether it carries a BYE for the peer's source.</summary>
    public bool IsGoodbye => Packets.Any(p => p is RtcpGoodbye);
}
