namespace Hotline.Telephony.Media.Rtp;

/// <summary>An RTP port (even) and its RTCP port (RTP + 1) held from an <see cref="RtpPortAllocator"/> until disposed.</summary>
public sealed class RtpPortLease : IDisposable
{
    private RtpPortAllocator? _owner;

    internal RtpPortLease(RtpPortAllocator owner, int rtpPort)
    {
        _owner = owner;
        RtpPort = rtpPort;
    }

    /// <summary>The even RTP port.</summary>
    public int RtpPort { get; }

    /// <summary>The RTCP port, RTP + 1 (RFC 3550 §11).</summary>
    public int RtcpPort => RtpPort + 1;

    /// <summary>Returns the pair to the allocator; later calls do nothing.</summary>
    public void Dispose() => Interlocked.Exchange(ref _owner, null)?.Release(RtpPort);

    /// <inheritdoc/>
    public override string ToString() => $"{RtpPort}/{RtcpPort}";
}
