using System.Net;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Routing;

/// <summary>The configured trunks: which one a source address belongs to, and where each sends outbound calls.</summary>
public sealed class TrunkDirectory
{
    private readonly List<(SipTrunkOptions Trunk, IPAddress Address, int? Port)> _sources = [];
    private readonly Dictionary<string, (SipTrunkOptions Trunk, SipRemote? Target)> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="FormatException">An address or target is malformed; the message names the trunk and the value.</exception>
    public TrunkDirectory(IEnumerable<SipTrunkOptions> trunks)
    {
        ArgumentNullException.ThrowIfNull(trunks);
        foreach (var trunk in trunks)
        {
            if (string.IsNullOrWhiteSpace(trunk.Name) || _byName.ContainsKey(trunk.Name))
            {
                throw new FormatException($"trunk name '{trunk.Name}' is empty or used twice");
            }

            foreach (var address in trunk.Addresses)
            {
                _sources.Add(ParseSource(trunk, address));
            }

            SipRemote? target = null;
            if (!string.IsNullOrWhiteSpace(trunk.Target))
            {
                var listen = SipListenAddress.Parse(trunk.Target);
                target = new SipRemote(listen.Transport, listen.EndPoint);
            }

            _byName[trunk.Name] = (trunk, target);
        }
    }

    /// <summary>The trunk whose allow-list holds this source, or null.</summary>
    public SipTrunkOptions? Match(IPEndPoint source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var (trunk, address, port) in _sources)
        {
            if (address.Equals(source.Address) && (port is null || port == source.Port))
            {
                return trunk;
            }
        }

        return null;
    }

    /// <summary>The named trunk's outbound target, or the first trunk that has one when no name is given.</summary>
    public (SipTrunkOptions Trunk, SipRemote Target)? Outbound(string? name)
    {
        if (name is not null)
        {
            return _byName.TryGetValue(name, out var named) && named.Target is { } target ? (named.Trunk, target) : null;
        }

        foreach (var (trunk, target) in _byName.Values)
        {
            if (target is { } found)
            {
                return (trunk, found);
            }
        }

        return null;
    }

    private static (SipTrunkOptions, IPAddress, int?) ParseSource(SipTrunkOptions trunk, string value)
    {
        if (IPAddress.TryParse(value, out var ip))
        {
            return (trunk, ip, null);
        }

        if (IPEndPoint.TryParse(value, out var endPoint) && endPoint.Port != 0)
        {
            return (trunk, endPoint.Address, endPoint.Port);
        }

        throw new FormatException($"trunk '{trunk.Name}': address '{value}' is not an IP address or IP:port");
    }
}
