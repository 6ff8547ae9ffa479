namespace Hotline.Telephony.Media.Rtp;

/// <summary>How a <see cref="JitterBuffer"/> frames and delays audio.</summary>
public sealed record JitterBufferOptions
{
    /// <summary>The RTP timestamp clock rate (8000 for G.711).</summary>
    public int ClockRate { get; init; } = 8000;

    /// <summary>The duration of one frame and of one pull (20 ms = 160 samples at 8 kHz).</summary>
    public TimeSpan FrameDuration { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The delay playout starts with; with <see cref="Adaptive"/> off, the fixed delay.</summary>
    public TimeSpan TargetDepth { get; init; } = TimeSpan.FromMilliseconds(60);

    /// <summary>The smallest delay adaptation goes down to.</summary>
    public TimeSpan MinDepth { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>The largest delay: adaptation stops here, and a fuller buffer is an overflow that drops the oldest frames.</summary>
    public TimeSpan MaxDepth { get; init; } = TimeSpan.FromMilliseconds(120);

    /// <summary>Whether the delay grows on late packets and underflows and shrinks after a quiet window.</summary>
    public bool Adaptive { get; init; } = true;

    /// <summary>Pulls per adaptation window (250 × 20 ms = 5 s).</summary>
    public int AdaptationWindowFrames { get; init; } = 250;

    /// <summary>Frames the buffer can hold: the span of timestamps it accepts ahead of playout.</summary>
    public int CapacityFrames { get; init; } = 50;

    /// <summary>The largest payload stored per frame (160 bytes of G.711 per 20 ms; 320 allows 16-bit PCM).</summary>
    public int MaxPayloadSize { get; init; } = 320;
}
