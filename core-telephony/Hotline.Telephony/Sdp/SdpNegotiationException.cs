namespace Hotline.Telephony.Sdp;

/// <summary>An offer or answer that cannot be negotiated or does not correspond to its offer (RFC 3264); usually answered with 488.</summary>
public sealed class SdpNegotiationException : Exception
{
    /// <summary>Creates an exception without context.</summary>
    public SdpNegotiationException()
    {
    }

    /// <summary>Creates an exception with a description.</summary>
    public SdpNegotiationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a description and a cause.</summary>
    public SdpNegotiationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one m-line.</summary>
    public SdpNegotiationException(string message, int mediaIndex)
        : base($"m-line {mediaIndex}: {message}")
    {
        MediaIndex = mediaIndex;
    }

    /// <summary>The 0-based index of the m-line at fault, when one is.</summary>
    public int? MediaIndex { get; }
}
