namespace Hotline.Telephony.Sip.Transport;

/// <summary>A transport could not be opened or used; names the listen address concerned.</summary>
public sealed class SipTransportException : Exception
{
    public SipTransportException() { }

    public SipTransportException(string message) : base(message) { }

    public SipTransportException(string message, Exception innerException) : base(message, innerException) { }

    public SipTransportException(SipListenAddress address, string message, Exception? innerException = null)
        : base($"{address}: {message}", innerException) => Address = address;

    /// <summary>The listen address that failed, when the failure belongs to one.</summary>
    public SipListenAddress? Address { get; }
}
