using System.Net;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>How an <see cref="RtpSession"/> binds, whom it expects and how it reports.</summary>
public sealed record RtpSessionOptions
{
    /// <summary>The address the sockets bind to: loopback by default, the configured media address in production.</summary>
    public IPAddress LocalAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The RTP timestamp clock rate of the payload (8000 for G.711 and telephone-event at 8 kHz).</summary>
    public int ClockRate { get; init; } = 8000;

    /// <summary>Where the peer said (SDP c=/m=) it receives RTP; we send there until symmetric RTP latches.</summary>
    public IPEndPoint? RemoteRtp { get; init; }

    /// <summary>Where the peer receives RTCP (a=rtcp or RTP + 1); defaults to the RTP address and port + 1.</summary>
    public IPEndPoint? RemoteRtcp { get; init; }

    /// <summary>The payload types accepted (from the negotiated SDP); null accepts any. Others are dropped and counted.</summary>
    public IReadOnlySet<int>? PayloadTypes { get; init; }

    /// <summary>Packets in sequence from one address before the session latches to it (the probation of RFC 3550 A.1).</summary>
    public int LatchPackets { get; init; } = 2;

    /// <summary>Whether RTCP reports are sent and BYE on close.</summary>
    public bool RtcpEnabled { get; init; } = true;

    /// <summary>The mean interval between RTCP reports; each interval is randomised to 0.5–1.5 times this (RFC 3550 §6.2).</summary>
    public TimeSpan RtcpInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Our SDES CNAME; by default derived from the SSRC and local address.</summary>
    public string? CanonicalName { get; init; }

    /// <summary>The largest datagram received; longer ones are truncated by the socket and then fail to parse.</summary>
    public int MaxDatagramSize { get; init; } = 2048;

    /// <summary>Kernel socket buffer size for each socket, or null for the system default.</summary>
    public int? SocketBufferSize { get; init; } = 256 * 1024;

    /// <summary>Port pairs tried when a leased pair is already bound by another process.</summary>
    public int BindAttempts { get; init; } = 16;

    /// <summary>
    /// A shared receive thread for the session's sockets (many sessions, one thread); null: the session runs its own
    /// asynchronous receive loops.
    /// </summary>
    public RtpReceivePoller? Receiver { get; init; }

    /// <summary>The clock for arrival times, report timers and NTP timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
