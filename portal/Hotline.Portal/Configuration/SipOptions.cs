namespace Hotline.Portal.Configuration;

/// <summary>Settings of the SIP service (<c>Hotline:Sip</c>).</summary>
public sealed class SipOptions
{
    /// <summary>Listen addresses, e.g. <c>udp:127.0.0.1:5060;tcp:127.0.0.1:5060</c>.</summary>
    public string Listen { get; set; } = "udp:127.0.0.1:5060;tcp:127.0.0.1:5060";

    /// <summary>The digest-authentication realm and the host part of the platform's SIP addresses.</summary>
    public string Domain { get; set; } = "hotline.local";
}
