namespace Hotline.Telephony.Media.Rtp;

/// <summary>Media quality of one call leg, as it goes into the call detail record.</summary>
/// <remarks>Receive figures count unique packets; the RTCP report blocks follow RFC 3550 and count duplicates.</remarks>
public sealed record RtpQualityReport
{
    /// <summary>A report with nothing received or sent.</summary>
    public static RtpQualityReport Empty { get; } = new();

    /// <summary>The peer's SSRC, or null when nothing valid arrived.</summary>
    public uint? RemoteSsrc { get; init; }

    /// <summary>Distinct RTP packets received from the peer.</summary>
    public long PacketsReceived { get; init; }

    /// <summary>Packets the peer's sequence numbers say were sent.</summary>
    public long PacketsExpected { get; init; }

    /// <summary>Expected packets that never arrived.</summary>
    public long PacketsLost { get; init; }

    /// <summary>Lost as a percentage of expected, 0 when nothing was expected.</summary>
    public double LossPercent => PacketsExpected == 0 ? 0 : 100.0 * PacketsLost / PacketsExpected;

    /// <summary>Packets received more than once.</summary>
    public long Duplicates { get; init; }

    /// <summary>Packets received out of order.</summary>
    public long Reordered { get; init; }

    /// <summary>Interarrival jitter of the peer's stream at the end, in milliseconds.</summary>
    public double JitterMilliseconds { get; init; }

    /// <summary>The highest interarrival jitter seen, in milliseconds.</summary>
    public double MaxJitterMilliseconds { get; init; }

    /// <summary>RTP packets we sent.</summary>
    public long PacketsSent { get; init; }

    /// <summary>RTP payload octets we sent.</summary>
    public long OctetsSent { get; init; }

    /// <summary>The last round-trip time measured from the peer's reports (LSR/DLSR), if any.</summary>
    public double? RoundTripMilliseconds { get; init; }

    /// <summary>The peer's cumulative loss of our stream as a percentage, from its last report block about us.</summary>
    public double? RemoteLossPercent { get; init; }

    /// <summary>The jitter the peer measured on our stream, in milliseconds.</summary>
    public double? RemoteJitterMilliseconds { get; init; }

    /// <summary>RTP packets dropped because they came from another address than the latched one.</summary>
    public long PacketsFromOtherSources { get; init; }

    /// <summary>Datagrams that were not valid RTP or RTCP.</summary>
    public long MalformedPackets { get; init; }

    /// <summary>Adds the receive figures of a later source (after an SSRC change) to these; jitter keeps the later source's value.</summary>
    public RtpQualityReport CombineReceive(RtpQualityReport later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return this with
        {
            RemoteSsrc = later.RemoteSsrc ?? RemoteSsrc,
            PacketsReceived = PacketsReceived + later.PacketsReceived,
            PacketsExpected = PacketsExpected + later.PacketsExpected,
            PacketsLost = PacketsLost + later.PacketsLost,
            Duplicates = Duplicates + later.Duplicates,
            Reordered = Reordered + later.Reordered,
            JitterMilliseconds = later.RemoteSsrc is null ? JitterMilliseconds : later.JitterMilliseconds,
            MaxJitterMilliseconds = Math.Max(MaxJitterMilliseconds, later.MaxJitterMilliseconds),
        };
    }
}
