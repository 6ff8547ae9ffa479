using System.Diagnostics.CodeAnalysis;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>The parameters of a Digest Authorization or Proxy-Authorization value (RFC 3261 §25.1 dig-resp, RFC 7616 §3.4).</summary>
public sealed record DigestCredentials
{
    /// <summary>The user name, unquoted.</summary>
    public required string UserName { get; init; }

    /// <summary>The realm the client answered.</summary>
    public required string Realm { get; init; }

    /// <summary>The server nonce being answered.</summary>
    public required string Nonce { get; init; }

    /// <summary>The digest-uri the client hashed (should be the Request-URI).</summary>
    public required string Uri { get; init; }

    /// <summary>The response digest (hex).</summary>
    public required string Response { get; init; }

    /// <summary>The algorithm parameter as written; null when absent (meaning MD5).</summary>
    public string? AlgorithmName { get; init; }

    /// <summary>The client nonce (required with qop).</summary>
    public string? ClientNonce { get; init; }

    /// <summary>The nonce count as written: 8 hex digits (required with qop).</summary>
    public string? NonceCount { get; init; }

    /// <summary>The quality of protection chosen; null for the RFC 2069 form.</summary>
    public string? Qop { get; init; }

    /// <summary>The opaque value returned from the challenge.</summary>
    public string? Opaque { get; init; }

    /// <summary>Whether the client claims the user name is hashed (RFC 7616 userhash), which SIP does not use.</summary>
    public bool UserHash { get; init; }

    /// <summary>Reads Digest credentials; on failure <paramref name="error"/> says which parameter is missing or malformed.</summary>
    public static bool TryParse(AuthenticationHeader header, [NotNullWhen(true)] out DigestCredentials? credentials, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(header);
        credentials = null;
        if (!header.IsDigest)
        {
            error = $"scheme '{header.Scheme}' is not Digest";
            return false;
        }

        var p = header.Parameters;
        string? missing = p["username"] is null ? "username"
            : p["realm"] is null ? "realm"
            : p["nonce"] is null ? "nonce"
            : p["uri"] is null ? "uri"
            : p["response"] is null ? "response"
            : null;
        if (missing is not null)
        {
            error = $"Digest credentials lack the '{missing}' parameter";
            return false;
        }

        var qop = p["qop"];
        var nonceCount = p["nc"];
        var clientNonce = p["cnonce"];
        if (qop is not null && (clientNonce is null || nonceCount is null || !IsNonceCount(nonceCount)))
        {
            // RFC 7616 §3.4: with qop, cnonce and an 8-hex-digit nc are mandatory.
            error = $"Digest credentials with qop={qop} need cnonce and an 8-hex-digit nc (nc='{nonceCount}')";
            return false;
        }

        credentials = new DigestCredentials
        {
            UserName = p["username"]!,
            Realm = p["realm"]!,
            Nonce = p["nonce"]!,
            Uri = p["uri"]!,
            Response = p["response"]!,
            AlgorithmName = p["algorithm"],
            ClientNonce = clientNonce,
            NonceCount = nonceCount,
            Qop = qop,
            Opaque = p["opaque"],
            UserHash = string.Equals(p["userhash"], "true", StringComparison.OrdinalIgnoreCase),
        };
        error = null;
        return true;
    }

    /// <summary>The nonce count as a number (0 when absent, as in the RFC 2069 form).</summary>
    public uint NonceCountValue =>
        NonceCount is not null && uint.TryParse(NonceCount, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static bool IsNonceCount(string text) => text.Length == 8 && text.All(char.IsAsciiHexDigit);
}
