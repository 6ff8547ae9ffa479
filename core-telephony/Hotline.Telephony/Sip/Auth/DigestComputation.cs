using System.Security.Cryptography;
using System.Text;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>The digest "response" value of RFC 7616 §3.4.1 (and the RFC 2069 form), shared by server and client.</summary>
public static class DigestComputation
{
    /// <summary>The qop value this stack offers.</summary>
    public const string QopAuth = "auth";

    /// <summary>The integrity-protecting qop value, accepted from peers that offer it.</summary>
    public const string QopAuthInt = "auth-int";

    /// <summary>
    /// response = H(HA1:nonce:nc:cnonce:qop:HA2) when <paramref name="qop"/> is given, else H(HA1:nonce:HA2) (RFC 2069);
    /// HA2 = H(method:uri), or H(method:uri:H(body)) for auth-int.
    /// </summary>
    public static string Response(
        DigestAlgorithm algorithm,
        string ha1,
        string nonce,
        string? nonceCount,
        string? clientNonce,
        string? qop,
        string method,
        string digestUri,
        ReadOnlySpan<byte> body = default)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(ha1);
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(digestUri);
        var ha2 = string.Equals(qop, QopAuthInt, StringComparison.OrdinalIgnoreCase)
            ? algorithm.HashHex($"{method}:{digestUri}:{algorithm.HashHex(body)}")
            : algorithm.HashHex($"{method}:{digestUri}");
        return qop is null
            ? algorithm.HashHex($"{ha1}:{nonce}:{ha2}")
            : algorithm.HashHex($"{ha1}:{nonce}:{nonceCount}:{clientNonce}:{qop}:{ha2}");
    }

    /// <summary>Compares two hex digests in constant time, ignoring hex letter case (so timing reveals nothing about the expected value).</summary>
    public static bool HexEquals(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var left = Encoding.ASCII.GetBytes(expected.ToLowerInvariant());
        var right = Encoding.ASCII.GetBytes(actual.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
