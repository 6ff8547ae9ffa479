namespace Hotline.Telephony.Sip.Parsing;

/// <summary>How the parser treats the buffer it is given.</summary>
public sealed record SipParserOptions
{
    /// <summary>Options for one UDP datagram: Content-Length optional, extra octets ignored.</summary>
    public static SipParserOptions Datagram { get; } = new();

    /// <summary>Options for a message framed from a stream (TCP/TLS): Content-Length mandatory.</summary>
    public static SipParserOptions Stream { get; } = new() { IsStream = true };

    /// <summary>Whether the message came from a stream transport, where Content-Length is mandatory (RFC 3261 §18.3).</summary>
    public bool IsStream { get; init; }

    /// <summary>The most header fields accepted in one message.</summary>
    public int MaxHeaderCount { get; init; } = 256;
}
