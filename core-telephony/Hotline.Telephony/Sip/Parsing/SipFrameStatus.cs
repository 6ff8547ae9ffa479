namespace Hotline.Telephony.Sip.Parsing;

/// <summary>What the framer found at the start of the stream buffer.</summary>
public enum SipFrameStatus
{
    /// <summary>No complete message yet; wait for more octets.</summary>
    NeedMoreData,

    /// <summary>A CRLFCRLF keep-alive ping (RFC 5626 §4.4.1); answer with a single CRLF.</summary>
    KeepAlive,

    /// <summary>A complete message.</summary>
    Message,

    /// <summary>The stream cannot be framed (limits, missing or bad Content-Length); close the connection.</summary>
    Error,
}
