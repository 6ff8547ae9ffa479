namespace Hotline.Telephony.Sip.Messages;

/// <summary>A SIP header value or URI that does not follow the RFC 3261 grammar.</summary>
public sealed class SipFormatException : FormatException
{
    /// <summary>Creates an exception without context.</summary>
    public SipFormatException()
    {
    }

    /// <summary>Creates an exception with a description.</summary>
    public SipFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a description and a cause.</summary>
    public SipFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the header and the offending value.</summary>
    public SipFormatException(string message, string? headerName, string? value)
        : base(message)
    {
        HeaderName = headerName;
        Value = value;
    }

    /// <summary>The header whose value was malformed, when known.</summary>
    public string? HeaderName { get; }

    /// <summary>The malformed value, when known.</summary>
    public string? Value { get; }
}
