namespace Hotline.Telephony.Media.Rtp;

/// <summary>Every RTP/RTCP port pair of the configured range is in use (or could not be bound).</summary>
public sealed class RtpPortsExhaustedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RtpPortsExhaustedException()
        : base("No free RTP port pair.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RtpPortsExhaustedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RtpPortsExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
