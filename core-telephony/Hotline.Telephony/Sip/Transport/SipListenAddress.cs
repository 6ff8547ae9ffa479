using System.Globalization;
using System.Net;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>One address the SIP service listens on, written <c>udp:127.0.0.1:5060</c> or <c>tcp:[::1]:5060</c>.</summary>
public sealed record SipListenAddress(SipTransportKind Transport, IPEndPoint EndPoint)
{
    /// <summary>Parses a semicolon-separated list such as <c>udp:127.0.0.1:5060;tcp:127.0.0.1:5060</c>.</summary>
    /// <exception cref="FormatException">An entry is not <c>transport:address:port</c>; the message names the entry.</exception>
    public static IReadOnlyList<SipListenAddress> ParseList(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var entries = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length == 0)
        {
            throw new FormatException("no listen address given (expected e.g. udp:127.0.0.1:5060;tcp:127.0.0.1:5060)");
        }

        var result = new List<SipListenAddress>(entries.Length);
        foreach (var entry in entries)
        {
            var address = Parse(entry);
            if (result.Contains(address))
            {
                throw new FormatException($"listen address '{entry}' is given twice");
            }

            result.Add(address);
        }

        return result;
    }

    /// <summary>Parses one entry such as <c>tcp:127.0.0.1:5060</c>.</summary>
    public static SipListenAddress Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"listen address '{entry}' has no transport (expected udp: or tcp:)");
        }

        var transport = entry[..colon].ToLowerInvariant() switch
        {
            "udp" => SipTransportKind.Udp,
            "tcp" => SipTransportKind.Tcp,
            var other => throw new FormatException($"listen address '{entry}' names unknown transport '{other}' (expected udp or tcp)"),
        };

        var address = entry[(colon + 1)..];
        var portColon = address.LastIndexOf(':');
        if (portColon < 0 || address.EndsWith(']'))
        {
            throw new FormatException($"listen address '{entry}' has no port (e.g. udp:127.0.0.1:5060)");
        }

        var host = address[..portColon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (!IPAddress.TryParse(host, out var ip))
        {
            throw new FormatException($"listen address '{entry}' has '{host}', which is not an IP address");
        }

        if (!int.TryParse(address[(portColon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new FormatException($"listen address '{entry}' has port '{address[(portColon + 1)..]}', which is not a number from 0 to 65535");
        }

        var endPoint = new IPEndPoint(ip, port);
        return new SipListenAddress(transport, endPoint);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Transport.ToString().ToLowerInvariant()}:{EndPoint}");
}
