using System.Diagnostics.CodeAnalysis;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>The outcome of parsing one buffer: a message, a keep-alive, or an error.</summary>
public sealed class SipParseResult
{
    private SipParseResult(SipMessage? message, SipParseError? error, bool isKeepAlive)
    {
        Message = message;
        Error = error;
        IsKeepAlive = isKeepAlive;
    }

    /// <summary>The parsed message, when parsing succeeded.</summary>
    public SipMessage? Message { get; }

    /// <summary>Why parsing failed, when it did.</summary>
    public SipParseError? Error { get; }

    /// <summary>Whether the buffer held only CRLFs (an RFC 5626 keep-alive).</summary>
    public bool IsKeepAlive { get; }

    /// <summary>Whether a message was parsed.</summary>
    [MemberNotNullWhen(true, nameof(Message))]
    public bool IsSuccess => Message is not null;

    /// <summary>The message as a request, or null.</summary>
    public SipRequest? Request => Message as SipRequest;

    /// <summary>The message as a response, or null.</summary>
    public SipResponse? Response => Message as SipResponse;

    internal static SipParseResult KeepAlive { get; } = new(null, null, true);

    internal static SipParseResult Success(SipMessage message) => new(message, null, false);

    internal static SipParseResult Failure(SipParseError error) => new(null, error, false);

    /// <inheritdoc/>
    public override string ToString() => IsKeepAlive ? "keep-alive" : Error?.ToString() ?? Message!.ToString();
}
