namespace Hotline.Telephony.Media.Rtp;

/// <summary>Why an RTP datagram was or was not accepted by <see cref="RtpPacketView.Parse"/> (RFC 3550 §5.1, A.1).</summary>
public enum RtpParseStatus
{
    /// <summary>A well-formed RTP packet.</summary>
    Ok,

    /// <summary>Shorter than the 12-byte fixed header.</summary>
    TooShort,

    /// <summary>The version field is not 2.</summary>
    UnsupportedVersion,

    /// <summary>The CSRC count claims more identifiers than the datagram holds.</summary>
    TruncatedCsrcList,

    /// <summary>The X bit is set but the extension header or its declared length does not fit.</summary>
    TruncatedExtension,

    /// <summary>The P bit is set but the padding count is zero or larger than what follows the header.</summary>
    InvalidPadding,
}
