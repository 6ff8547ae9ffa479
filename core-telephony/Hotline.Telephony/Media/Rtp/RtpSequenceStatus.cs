namespace Hotline.Telephony.Media.Rtp;

/// <summary>How one packet fits its source's sequence (RFC 3550 A.1).</summary>
public enum RtpSequenceStatus
{
    /// <summary>Valid and in order (or after a gap).</summary>
    InOrder,

    /// <summary>Valid but older than a packet already seen: arrived out of order.</summary>
    Reordered,

    /// <summary>A copy of a packet already received.</summary>
    Duplicate,

    /// <summary>The source is still on probation (fewer than the minimum sequential packets seen); not yet valid.</summary>
    Probation,

    /// <summary>A large jump in the sequence; held back until the next packet confirms a restart.</summary>
    BadSequence,
}
