namespace Hotline.Telephony.Media.Rtp;

/// <summary>Why an RTCP datagram was or was not accepted (RFC 3550 §6, A.2).</summary>
public enum RtcpParseStatus
{
    /// <summary>A well-formed compound packet.</summary>
    Ok,

    /// <summary>Empty, or shorter than a 4-byte RTCP header, or not a multiple of four bytes.</summary>
    TooShort,

    /// <summary>A packet's version field is not 2.</summary>
    UnsupportedVersion,

    /// <summary>A packet's length field runs past the end of the datagram.</summary>
    LengthMismatch,

    /// <summary>Padding on a packet that is not the last, or a padding count that does not fit.</summary>
    InvalidPadding,

    /// <summary>The first packet of a compound is not SR or RR (A.2); reduced-size RTCP was not allowed.</summary>
    FirstPacketNotReport,

    /// <summary>An SR or RR whose report count does not fit its length.</summary>
    InvalidReport,

    /// <summary>An SDES packet whose chunks or items do not fit.</summary>
    InvalidSourceDescription,

    /// <summary>A BYE whose source count or reason does not fit.</summary>
    InvalidGoodbye,
}
