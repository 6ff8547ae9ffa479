namespace Hotline.Telephony.Sip.Routing;

/// <summary>A carrier trunk: a configured peer that brings citizens' calls in and takes outside calls out.</summary>
public sealed class SipTrunkOptions
{
    /// <summary>A name for logs, routes and CDRs (e.g. "carrier").</summary>
    public string Name { get; set; } = "";

    /// <summary>Allow-list of source addresses (IP or IP:port) whose INVITEs come from this trunk.</summary>
    public IList<string> Addresses { get; } = [];

    /// <summary>Where outbound calls are sent, e.g. "udp:10.0.0.5:5060"; empty for an inbound-only trunk.</summary>
    public string? Target { get; set; }

    /// <summary>Country calling code used to turn national numbers into E.164 (China: 86).</summary>
    public string CountryCode { get; set; } = "86";
}
