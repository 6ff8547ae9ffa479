using System.Net;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>Settings of the media engine that anchors every call's audio.</summary>
public sealed record MediaEngineOptions
{
    /// <summary>The address RTP sockets bind to and SDP advertises.</summary>
    public IPAddress LocalAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The first port of the RTP range (even; each leg takes a pair).</summary>
    public int PortMin { get; init; } = 20000;

    /// <summary>The last port of the RTP range.</summary>
    public int PortMax { get; init; } = 29999;

    /// <summary>Where call recordings go (<c>&lt;root&gt;/yyyy/MM/dd/&lt;callId&gt;.wav</c>); null records nothing.</summary>
    public string? RecordingsRoot { get; init; }

    /// <summary>Where voicemail messages go; defaults to a <c>voicemail</c> folder beside the recordings.</summary>
    public string? VoicemailRoot { get; init; }

    /// <summary>Where IVR prompt files (WAV) are looked up.</summary>
    public string? PromptsFolder { get; init; }

    /// <summary>The music on hold file (WAV, looped); a generated soft melody when null.</summary>
    public string? MusicOnHoldFile { get; init; }

    /// <summary>The playout buffer of every stream that is mixed or recorded.</summary>
    public JitterBufferOptions Jitter { get; init; } = new();

    /// <summary>
    /// Threads that receive RTP and RTCP for all endpoints (Linux; elsewhere each endpoint receives on its own). 0: each
    /// endpoint runs its own asynchronous receive loops, with a thread-pool hand-over per packet.
    /// </summary>
    public int ReceiveThreads { get; init; } = 1;

    /// <summary>Threads that run the 20 ms media clock, each for a share of the calls: one per core (up to 4) by default.</summary>
    public int ClockThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// The nice value the clock and receive threads ask for (Linux, where the process may: CAP_SYS_NICE), so a busy machine
    /// delays the packets of every call less; null leaves them at the default.
    /// </summary>
    public int? MediaThreadNiceness { get; init; } = -10;

    /// <summary>How many valid packets from a new source it takes to latch onto it (symmetric RTP).</summary>
    public int LatchPackets { get; init; } = 2;

    /// <summary>RTCP report interval.</summary>
    public TimeSpan RtcpInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// End a call whose peer has sent no RTP for this long since its last packet, or since the answer when it never sent
    /// any (a phone whose media cannot reach us); a peer that holds the call is exempt. Null: never.
    /// </summary>
    public TimeSpan? MediaTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long each RFC 4733 digit we send lasts.</summary>
    public TimeSpan DtmfDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The clock used for recording timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
