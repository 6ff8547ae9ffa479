using System.Globalization;
using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>One Via value: sent-protocol, sent-by and parameters (branch, received, rport per RFC 3581, maddr, ttl).</summary>
public sealed class ViaHeader
{
    /// <summary>The RFC 3261 branch prefix.</summary>
    public const string MagicCookie = "z9hG4bK";

    /// <summary>Creates a SIP/2.0 Via for <paramref name="transport"/> and sent-by.</summary>
    public ViaHeader(string transport, string host, int? port = null, string? branch = null)
        : this("SIP", "2.0", transport, host, port)
    {
        if (branch is not null)
        {
            Parameters.Add("branch", branch);
        }
    }

    internal ViaHeader(string protocolName, string protocolVersion, string transport, string host, int? port)
    {
        ArgumentException.ThrowIfNullOrEmpty(transport);
        ArgumentException.ThrowIfNullOrEmpty(host);
        ProtocolName = protocolName;
        ProtocolVersion = protocolVersion;
        Transport = transport;
        Host = host;
        Port = port;
    }

    /// <summary>The protocol name, normally "SIP".</summary>
    public string ProtocolName { get; }

    /// <summary>The protocol version, normally "2.0".</summary>
    public string ProtocolVersion { get; }

    /// <summary>The transport as written (UDP, TCP, TLS, SCTP, WS, or any token).</summary>
    public string Transport { get; }

    /// <summary>The sent-by host (bracketed when IPv6).</summary>
    public string Host { get; }

    /// <summary>The sent-by port, or null when absent.</summary>
    public int? Port { get; }

    /// <summary>All parameters in order.</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The branch parameter.</summary>
    public string? Branch => Parameters["branch"];

    /// <summary>Whether the branch carries the RFC 3261 magic cookie (and something after it).</summary>
    public bool HasRfc3261Branch =>
        Branch is { Length: > 7 } branch && branch.StartsWith(MagicCookie, StringComparison.Ordinal);

    /// <summary>The received parameter.</summary>
    public string? Received => Parameters["received"];

    /// <summary>Whether an rport parameter is present (valueless in requests, with a value in responses).</summary>
    public bool HasRport => Parameters.Contains("rport");

    /// <summary>The rport value, or null when absent or valueless.</summary>
    public int? Rport => ParseInt(Parameters["rport"]);

    /// <summary>The maddr parameter.</summary>
    public string? Maddr => Parameters["maddr"];

    /// <summary>The ttl parameter.</summary>
    public int? Ttl => ParseInt(Parameters["ttl"]);

    /// <summary>Parses a Via value that may hold several comma-separated entries.</summary>
    /// <exception cref="SipFormatException">The value is malformed.</exception>
    public static IReadOnlyList<ViaHeader> ParseList(string value) => HeaderParsers.ParseVias(value, SipHeaderNames.Via);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(64)
            .Append(ProtocolName).Append('/').Append(ProtocolVersion).Append('/').Append(Transport)
            .Append(' ').Append(Host);
        if (Port is { } port)
        {
            builder.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }

        Parameters.AppendTo(builder);
        return builder.ToString();
    }

    private static int? ParseInt(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
