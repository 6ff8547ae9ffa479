using System.Net;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>A snapshot of a session's counters.</summary>
public sealed record RtpSessionStatistics
{
    /// <summary>RTP packets sent.</summary>
    public long PacketsSent { get; init; }

    /// <summary>RTP payload octets sent.</summary>
    public long OctetsSent { get; init; }

    /// <summary>Sends that failed (no destination yet, or a socket error).</summary>
    public long SendFailures { get; init; }

    /// <summary>RTP packets delivered to the handler (in order or late; not duplicates).</summary>
    public long PacketsDelivered { get; init; }

    /// <summary>RTP datagrams that failed to parse.</summary>
    public long MalformedRtp { get; init; }

    /// <summary>RTCP datagrams that failed to parse.</summary>
    public long MalformedRtcp { get; init; }

    /// <summary>RTP packets from an address other than the latched one, dropped.</summary>
    public long RtpFromOtherSources { get; init; }

    /// <summary>RTCP packets from an address other than the latched one, dropped.</summary>
    public long RtcpFromOtherSources { get; init; }

    /// <summary>RTP packets with a payload type not negotiated, dropped.</summary>
    public long UnexpectedPayloadType { get; init; }

    /// <summary>Valid RTP packets not delivered: probation, unconfirmed sequence jumps, duplicates.</summary>
    public long PacketsNotDelivered { get; init; }

    /// <summary>Handler exceptions swallowed so the receive loop survives.</summary>
    public long HandlerErrors { get; init; }

    /// <summary>RTCP compound packets sent.</summary>
    public long RtcpSent { get; init; }

    /// <summary>Valid RTCP compound packets received from the peer.</summary>
    public long RtcpReceived { get; init; }

    /// <summary>Where RTP is latched to, or null before the first valid packets.</summary>
    public IPEndPoint? LatchedRemote { get; init; }

    /// <summary>The peer's current SSRC, or null.</summary>
    public uint? RemoteSsrc { get; init; }

    /// <summary>The last report block the peer sent about our stream.</summary>
    public RtcpReportBlock? PeerReportOnUs { get; init; }

    /// <summary>The last round-trip time computed from the peer's LSR/DLSR.</summary>
    public TimeSpan? RoundTrip { get; init; }

    /// <summary>Whether the peer sent an RTCP BYE.</summary>
    public bool PeerSentGoodbye { get; init; }
}
