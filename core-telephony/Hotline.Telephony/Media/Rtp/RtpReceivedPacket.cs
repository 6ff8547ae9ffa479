namespace Hotline.Telephony.Media.Rtp;

/// <summary>An RTP packet accepted by a session, valid only during the callback (copy what you keep).</summary>
public readonly ref struct RtpReceivedPacket
{
    internal RtpReceivedPacket(RtpPacketView packet, TimeSpan arrival, RtpSequenceStatus sequence)
    {
        Packet = packet;
        Arrival = arrival;
        Sequence = sequence;
    }

    /// <summary>The parsed packet over the session's receive buffer.</summary>
    public RtpPacketView Packet { get; }

    /// <summary>When it arrived, measured from the session's start on its clock.</summary>
    public TimeSpan Arrival { get; }

    /// <summary>Whether it arrived in order or late (duplicates are not delivered).</summary>
    public RtpSequenceStatus Sequence { get; }
}
