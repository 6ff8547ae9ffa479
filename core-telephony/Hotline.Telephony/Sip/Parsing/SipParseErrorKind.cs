namespace Hotline.Telephony.Sip.Parsing;

/// <summary>What part of a message made it unacceptable.</summary>
public enum SipParseErrorKind
{
    /// <summary>The buffer ended before a complete start line or header section.</summary>
    Truncated,

    /// <summary>The request line or status line is malformed (spacing, method, status code).</summary>
    StartLine,

    /// <summary>The SIP-Version is well-formed but not SIP/2.0 (a request gets 505).</summary>
    UnsupportedVersion,

    /// <summary>The Request-URI is malformed or carries headers.</summary>
    RequestUri,

    /// <summary>A header line is not "name: value".</summary>
    HeaderLine,

    /// <summary>A header value does not follow its grammar (including overlarge numbers).</summary>
    HeaderValue,

    /// <summary>A header that may appear once appears more than once.</summary>
    DuplicateHeader,

    /// <summary>A mandatory header (To, From, Call-ID, CSeq, Via; Content-Length on streams) is missing.</summary>
    MissingHeader,

    /// <summary>The CSeq method differs from the request method.</summary>
    CSeqMismatch,

    /// <summary>Content-Length is larger than the octets received.</summary>
    ContentLength,

    /// <summary>A limit (header count) was exceeded.</summary>
    TooLarge,
}
