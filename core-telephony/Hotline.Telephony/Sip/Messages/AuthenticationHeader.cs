using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A challenge or credentials (WWW-Authenticate, Authorization, Proxy-*): scheme plus comma-separated parameters.</summary>
public sealed class AuthenticationHeader
{
    /// <summary>Creates an empty challenge or credentials of <paramref name="scheme"/>.</summary>
    public AuthenticationHeader(string scheme)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        Scheme = scheme;
    }

    /// <summary>The scheme (Digest, or anything else a peer sends).</summary>
    public string Scheme { get; }

    /// <summary>Whether the scheme is Digest.</summary>
    public bool IsDigest => string.Equals(Scheme, "Digest", StringComparison.OrdinalIgnoreCase);

    /// <summary>The auth-params in order; values keep their quotes, the indexer removes them.</summary>
    public SipParameters Parameters { get; } = new();

    /// <summary>The credentials as written when they are not name=value pairs (e.g. a token68); else null.</summary>
    public string? Token { get; init; }

    /// <summary>Parses one header value.</summary>
    /// <exception cref="SipFormatException">The value has no scheme.</exception>
    public static AuthenticationHeader Parse(string value) => HeaderParsers.ParseAuthentication(value, SipHeaderNames.Authorization);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(Scheme);
        if (Token is not null)
        {
            return builder.Append(' ').Append(Token).ToString();
        }

        for (var i = 0; i < Parameters.Count; i++)
        {
            builder.Append(i == 0 ? " " : ", ").Append(Parameters[i].Name);
            if (Parameters[i].Value is { } value)
            {
                builder.Append('=').Append(value);
            }
        }

        return builder.ToString();
    }
}
