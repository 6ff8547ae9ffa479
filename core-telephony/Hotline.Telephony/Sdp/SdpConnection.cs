using System.Net;

namespace Hotline.Telephony.Sdp;

/// <summary>A c= line (RFC 8866 §5.7): network type, address type and connection address (with any multicast /ttl/count suffix).</summary>
public sealed record SdpConnection(string NetworkType, string AddressType, string Address)
{
    /// <summary>Creates an "IN IP4" or "IN IP6" connection for an IP address.</summary>
    public static SdpConnection For(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new SdpConnection("IN", AddressTypeOf(address), address.ToString());
    }

    /// <summary>The address without any multicast "/ttl/count" suffix.</summary>
    public string Host
    {
        get
        {
            var slash = Address.IndexOf('/', StringComparison.Ordinal);
            return slash < 0 ? Address : Address[..slash];
        }
    }

    /// <summary>
    /// True for the RFC 2543 hold address 0.0.0.0, which RFC 3264 §8.4 says means "send neither RTP nor RTCP";
    /// the IPv6 unspecified address is treated the same.
    /// </summary>
    public bool IsUnspecified => Host is "0.0.0.0" || (AddressType == "IP6" && IPAddress.TryParse(Host, out var ip) && ip.Equals(IPAddress.IPv6Any));

    /// <summary>The address as an IP literal, or null when it is a host name or not an IP address type.</summary>
    public IPAddress? TryGetIPAddress() => IPAddress.TryParse(Host, out var ip) ? ip : null;

    /// <summary>"IP4" or "IP6" for an address family.</summary>
    public static string AddressTypeOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4";
    }

    /// <inheritdoc />
    public override string ToString() => $"{NetworkType} {AddressType} {Address}";
}
