namespace Hotline.Telephony.Media.Rtp;

/// <summary>The outcome of one pull: the status and, for <see cref="JitterFrameStatus.Frame"/>, what was copied.</summary>
/// <param name="Status">Frame, lost, underflow or buffering.</param>
/// <param name="Length">Payload bytes copied to the destination (0 unless a frame).</param>
/// <param name="PayloadType">The frame's payload type (0 unless a frame).</param>
/// <param name="Timestamp">The RTP timestamp of the frame played or concealed (0 while buffering).</param>
/// <param name="SequenceNumber">The frame's sequence number (0 unless a frame).</param>
/// <param name="Marker">The frame's marker bit.</param>
public readonly record struct JitterBufferFrame(
    JitterFrameStatus Status,
    int Length = 0,
    byte PayloadType = 0,
    uint Timestamp = 0,
    ushort SequenceNumber = 0,
    bool Marker = false);
