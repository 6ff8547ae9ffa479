namespace Hotline.Telephony.Sdp;

/// <summary>An SDP body that does not follow the RFC 8866 grammar; names the offending line when known.</summary>
public sealed class SdpFormatException : FormatException
{
    /// <summary>Creates an exception without context.</summary>
    public SdpFormatException()
    {
    }

    /// <summary>Creates an exception with a description.</summary>
    public SdpFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a description and a cause.</summary>
    public SdpFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the 1-based line number and the line's text.</summary>
    public SdpFormatException(string message, int lineNumber, string line)
        : base($"SDP line {lineNumber} \"{line}\": {message}")
    {
        LineNumber = lineNumber;
        Line = line;
    }

    /// <summary>The 1-based number of the malformed line, when known.</summary>
    public int? LineNumber { get; }

    /// <summary>The malformed line as received, when known.</summary>
    public string? Line { get; }
}
