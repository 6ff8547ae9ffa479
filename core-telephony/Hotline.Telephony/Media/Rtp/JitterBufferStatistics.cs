namespace Hotline.Telephony.Media.Rtp;

/// <summary>A snapshot of a <see cref="JitterBuffer"/>'s counters.</summary>
public sealed record JitterBufferStatistics
{
    /// <summary>Packets offered.</summary>
    public long PacketsPut { get; init; }

    /// <summary>Frames handed to the consumer.</summary>
    public long FramesPlayed { get; init; }

    /// <summary>Frames due that were missing while later ones were buffered (concealed by the consumer).</summary>
    public long FramesLost { get; init; }

    /// <summary>Times the buffer ran dry while playing.</summary>
    public long Underflows { get; init; }

    /// <summary>Times the buffer went over its depth or span and dropped frames.</summary>
    public long Overflows { get; init; }

    /// <summary>Buffered frames dropped by overflows, by shrinking the delay, and by restarts and resets.</summary>
    public long FramesDropped { get; init; }

    /// <summary>Duplicate packets dropped.</summary>
    public long Duplicates { get; init; }

    /// <summary>Packets dropped because their playout time had passed.</summary>
    public long TooLate { get; init; }

    /// <summary>Packets dropped for a payload larger than a slot.</summary>
    public long Oversized { get; init; }

    /// <summary>Stream restarts (new SSRC or timestamp reset).</summary>
    public long Restarts { get; init; }

    /// <summary>Frames currently buffered.</summary>
    public int BufferedFrames { get; init; }

    /// <summary>The current playout delay target.</summary>
    public TimeSpan TargetDepth { get; init; }

    /// <summary>The span currently buffered ahead of playout.</summary>
    public TimeSpan CurrentDepth { get; init; }
}
