using Hotline.Telephony.Media.Sessions;

namespace Hotline.Benchmarks.Media;

/// <summary>What sits between the calling sipp with its phones and the echoing sipp: Hotline's anchored, recorded bridge, or nothing.</summary>
internal interface IMediaPath : IAsyncDisposable
{
    /// <summary>The name in progress lines and figures.</summary>
    string Name { get; }

    /// <summary>The port the calling sipp sends from (a trunk's allow-list names it).</summary>
    int UacPort { get; }

    /// <summary>The port the echoing sipp listens on for SIP.</summary>
    int UasPort { get; }

    /// <summary>Where the calling sipp sends its INVITEs, host:port.</summary>
    string Target { get; }

    /// <summary>
    /// True when the path plays media out on its own 20 ms clock (Hotline's jitter buffers and mixer): its jitter is measured
    /// against the 20 ms grid. False when it passes packets straight on (an echo): against the packets' own send times.
    /// </summary>
    bool ReclocksMedia { get; }

    /// <summary>Hotline's media engine, or null when nothing anchors media.</summary>
    MediaEngine? Engine { get; }

    /// <summary>Whether a port belongs to the path's own RTP sockets (whose kernel drops are the path's).</summary>
    bool OwnsRtpPort(int port);

    /// <summary>Waits (bounded) until the path has released the step's calls.</summary>
    Task SettleAsync();
}
