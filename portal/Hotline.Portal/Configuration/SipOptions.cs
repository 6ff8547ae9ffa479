using Hotline.Telephony.Sip.Routing;

namespace Hotline.Portal.Configuration;

/// <summary>Settings of the SIP service (<c>Hotline:Sip</c>).</summary>
public sealed class SipOptions
{
    /// <summary>Listen addresses, e.g. <c>udp:127.0.0.1:5060;tcp:127.0.0.1:5060</c>.</summary>
    public string Listen { get; set; } = "udp:127.0.0.1:5060;tcp:127.0.0.1:5060";

    /// <summary>The digest-authentication realm and the host part of the platform's SIP addresses.</summary>
    public string Domain { get; set; } = "hotline.local";

    // Lists start empty: the configuration binder appends to a list, so defaults are applied after binding.

    /// <summary>Numbers citizens may call without credentials; empty means 12328.</summary>
    public List<string> ServiceNumbers { get; set; } = [];

    /// <summary>Digest algorithms offered, in order; empty means SHA-256 then MD5 (RFC 8760).</summary>
    public List<string> DigestAlgorithms { get; set; } = [];

    /// <summary>Carrier trunks (allow-listed sources for inbound, targets for outbound calls).</summary>
    public List<SipTrunkOptions> Trunks { get; set; } = [];

    /// <summary>Numbers the SIP service connects to a trunk by itself.</summary>
    public List<SipStaticRoute> StaticRoutes { get; set; } = [];
}
