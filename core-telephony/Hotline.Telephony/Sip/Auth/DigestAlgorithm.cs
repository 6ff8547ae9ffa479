using System.Security.Cryptography;
using System.Text;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>A digest algorithm of RFC 8760 (SHA-256) or RFC 2617 (MD5), by its SIP name.</summary>
public sealed class DigestAlgorithm
{
    public static readonly DigestAlgorithm Sha256 = new("SHA-256", SHA256.HashData);
#pragma warning disable CA5351 // SIP digest (RFC 3261) requires MD5 for interoperability; SHA-256 is offered first.
    public static readonly DigestAlgorithm Md5 = new("MD5", static data => MD5.HashData(data));
#pragma warning restore CA5351

    private readonly Func<byte[], byte[]> _hash;

    private DigestAlgorithm(string name, Func<byte[], byte[]> hash)
    {
        Name = name;
        _hash = hash;
    }

    /// <summary>The name used in the <c>algorithm</c> parameter.</summary>
    public string Name { get; }

    /// <summary>Looks an algorithm up by its SIP name (case-insensitive); null when unsupported.</summary>
    public static DigestAlgorithm? FromName(string? name) => name?.ToUpperInvariant() switch
    {
        null or "" or "MD5" => Md5, // RFC 3261: a missing algorithm parameter means MD5.
        "SHA-256" => Sha256,
        _ => null,
    };

    /// <summary>Lower-case hex of the hash of the UTF-8 text.</summary>
    public string HashHex(string text) => Convert.ToHexStringLower(_hash(Encoding.UTF8.GetBytes(text)));

    /// <summary>Lower-case hex of the hash of raw octets (the body hash of qop=auth-int).</summary>
    public string HashHex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(_hash(data.ToArray()));

    /// <summary>HA1 = H(username:realm:password), what a credential store keeps instead of the password.</summary>
    public string Ha1(string userName, string realm, string password) => HashHex($"{userName}:{realm}:{password}");

    /// <inheritdoc />
    public override string ToString() => Name;
}
