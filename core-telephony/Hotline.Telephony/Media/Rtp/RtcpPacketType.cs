namespace Hotline.Telephony.Media.Rtp;

/// <summary>RTCP packet types (RFC 3550 §12.1).</summary>
public enum RtcpPacketType : byte
{
    /// <summary>SR: sender report.</summary>
    SenderReport = 200,

    /// <summary>RR: receiver report.</summary>
    ReceiverReport = 201,

    /// <summary>SDES: source description.</summary>
    SourceDescription = 202,

    /// <summary>BYE: a source leaves.</summary>
    Goodbye = 203,

    /// <summary>APP: application-defined.</summary>
    ApplicationDefined = 204,
}
