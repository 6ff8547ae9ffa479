using System.Globalization;
using System.Net;
using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A sip: or sips: URI (RFC 3261 §19.1); components are kept as written, compared per §19.1.4.</summary>
public sealed class SipUri : AddressUri, IEquatable<SipUri>
{
    private static readonly string[] _mustMatchParameters = ["user", "ttl", "method", "maddr", "transport"];

    /// <summary>Creates a URI; <paramref name="user"/> is given unescaped and escaped here.</summary>
    public SipUri(string host, string? user = null, int? port = null, bool secure = false)
        : this(secure ? "sips" : "sip", user is null ? null : SipEscaping.EscapeUser(user), null, host, port)
    {
    }

    internal SipUri(string scheme, string? rawUser, string? rawPassword, string host, int? port)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        if (port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "A port is 0-65535.");
        }

        Scheme = scheme;
        RawUser = rawUser;
        RawPassword = rawPassword;
        Host = host;
        Port = port;
    }

    /// <inheritdoc/>
    public override string Scheme { get; }

    /// <summary>Whether the scheme is sips.</summary>
    public bool IsSecure => string.Equals(Scheme, "sips", StringComparison.OrdinalIgnoreCase);

    /// <summary>The user part as written (still %-escaped); null when absent.</summary>
    public string? RawUser { get; }

    /// <summary>The user part with escapes decoded.</summary>
    public string? User => RawUser is null ? null : SipEscaping.Unescape(RawUser);

    /// <summary>The password as written; null when absent.</summary>
    public string? RawPassword { get; }

    /// <summary>The password with escapes decoded.</summary>
    public string? Password => RawPassword is null ? null : SipEscaping.Unescape(RawPassword);

    /// <summary>The host: a name, an IPv4 address or a bracketed IPv6 reference.</summary>
    public string Host { get; }

    /// <summary>The explicit port, or null when none was given.</summary>
    public int? Port { get; }

    /// <summary>The uri-parameters (transport, user, maddr, lr, ...).</summary>
    public SipParameters Parameters { get; } = new(SipParameterStyle.Uri);

    /// <summary>The headers after '?', which a Request-URI must not carry.</summary>
    public SipParameters Headers { get; } = new(SipParameterStyle.Uri);

    /// <summary>The transport parameter, if any.</summary>
    public string? Transport => Parameters["transport"];

    /// <summary>Whether the lr parameter marks a loose router.</summary>
    public bool IsLooseRouter => Parameters.Contains("lr");

    /// <summary>The maddr parameter, if any.</summary>
    public string? Maddr => Parameters["maddr"];

    /// <summary>The host without IPv6 brackets, for address resolution.</summary>
    public string HostWithoutBrackets => Host.StartsWith('[') ? Host[1..^1] : Host;

    /// <summary>Parses a sip: or sips: URI.</summary>
    /// <exception cref="SipFormatException">The text is not a SIP URI.</exception>
    public static new SipUri Parse(string text) =>
        AddressUriParser.Parse(text, null) as SipUri ?? throw new SipFormatException($"'{text}' is not a sip or sips URI");

    /// <summary>The address-of-record form: scheme, user and host only (RFC 3261 §10.3).</summary>
    public SipUri ToAddressOfRecord() => new(Scheme.ToLowerInvariant(), RawUser, null, Host.ToLowerInvariant(), null);

    /// <summary>Copies the URI, changing nothing; parameters and headers are copied too.</summary>
    public SipUri Clone()
    {
        var copy = new SipUri(Scheme, RawUser, RawPassword, Host, Port);
        copy.Parameters.AddRange(Parameters);
        copy.Headers.AddRange(Headers);
        return copy;
    }

    /// <inheritdoc/>
    public bool Equals(SipUri? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (IsSecure != other.IsSecure
            || !string.Equals(User, other.User, StringComparison.Ordinal)
            || !string.Equals(Password, other.Password, StringComparison.Ordinal)
            || !HostsEqual(Host, other.Host)
            || Port != other.Port)
        {
            return false;
        }

        foreach (var name in _mustMatchParameters)
        {
            var mine = Parameters.Contains(name);
            if (mine != other.Parameters.Contains(name)
                || (mine && !string.Equals(Parameters[name], other.Parameters[name], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        // Other parameters only have to agree when both URIs carry them.
        foreach (var parameter in Parameters)
        {
            var name = Parameters.Decode(parameter.Name);
            if (other.Parameters.TryGetRaw(name, out var theirs)
                && !string.Equals(parameter.Value is null ? null : Parameters.Decode(parameter.Value), theirs is null ? null : other.Parameters.Decode(theirs), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // Headers are never ignored: each must be present in both and match.
        return HeadersMatch(this, other) && HeadersMatch(other, this);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SipUri);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(IsSecure, User, StringComparer.OrdinalIgnoreCase.GetHashCode(Host), Port);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(64).Append(Scheme).Append(':');
        if (RawUser is not null)
        {
            builder.Append(RawUser);
            if (RawPassword is not null)
            {
                builder.Append(':').Append(RawPassword);
            }

            builder.Append('@');
        }

        builder.Append(Host);
        if (Port is { } port)
        {
            builder.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }

        Parameters.AppendTo(builder);
        if (Headers.Count > 0)
        {
            builder.Append('?');
            Headers.AppendTo(builder, '&');
        }

        return builder.ToString();
    }

    private static bool HostsEqual(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // IPv6 references may be written in different but equivalent forms.
        return a.StartsWith('[') && b.StartsWith('[')
            && IPAddress.TryParse(a.AsSpan(1, a.Length - 2), out var left)
            && IPAddress.TryParse(b.AsSpan(1, b.Length - 2), out var right)
            && left.Equals(right);
    }

    private static bool HeadersMatch(SipUri a, SipUri b)
    {
        foreach (var header in a.Headers)
        {
            var name = a.Headers.Decode(header.Name);
            if (!b.Headers.TryGetRaw(name, out var theirs)
                || !string.Equals(header.Value is null ? null : a.Headers.Decode(header.Value), theirs is null ? null : b.Headers.Decode(theirs), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
