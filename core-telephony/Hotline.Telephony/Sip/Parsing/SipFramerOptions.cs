namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Limits a stream transport enforces before it gives up on a connection.</summary>
public sealed record SipFramerOptions
{
    /// <summary>The default limits.</summary>
    public static SipFramerOptions Default { get; } = new();

    /// <summary>The largest header section (start line to the empty line) accepted, in octets.</summary>
    public int MaxHeaderBytes { get; init; } = 32 * 1024;

    /// <summary>The largest Content-Length accepted, in octets.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Options for parsing each framed message.</summary>
    public SipParserOptions ParserOptions { get; init; } = SipParserOptions.Stream;
}
