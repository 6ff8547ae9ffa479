namespace Hotline.Telephony.Media.Rtp;

/// <summary>What the <see cref="JitterBuffer"/> did with a packet.</summary>
public enum JitterBufferPutResult
{
    /// <summary>Stored for playout.</summary>
    Accepted,

    /// <summary>Stored as the first packet of a new stream (new SSRC or a timestamp reset); older frames were discarded.</summary>
    Restarted,

    /// <summary>Stored, but the buffer was over its maximum depth or span, so the oldest frames were dropped.</summary>
    Overflow,

    /// <summary>Dropped: the same frame is already buffered.</summary>
    Duplicate,

    /// <summary>Dropped: its playout time has passed.</summary>
    TooLate,

    /// <summary>Dropped: the payload is larger than a frame slot.</summary>
    Oversized,
}
