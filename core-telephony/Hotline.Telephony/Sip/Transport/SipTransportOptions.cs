namespace Hotline.Telephony.Sip.Transport;

/// <summary>Limits that protect the transports from oversized messages and connection floods.</summary>
public sealed class SipTransportOptions
{
    /// <summary>Largest message accepted, header section and body together (bytes).</summary>
    public int MaxMessageSize { get; set; } = 64 * 1024;

    /// <summary>Most TCP connections open at once, over all remote addresses.</summary>
    public int MaxConnections { get; set; } = 4096;

    /// <summary>Most TCP connections open at once from one remote IP address.</summary>
    public int MaxConnectionsPerAddress { get; set; } = 256;

    /// <summary>A TCP connection that sends nothing for this long is closed.</summary>
    public TimeSpan ConnectionIdleTimeout { get; set; } = TimeSpan.FromMinutes(15);
}
