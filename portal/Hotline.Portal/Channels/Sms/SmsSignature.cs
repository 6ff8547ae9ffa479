using System.Security.Cryptography;
using System.Text;

namespace Hotline.Portal.Channels.Sms;

/// <summary>
/// The SMS webhook signature. The gateway sends <c>X-Hotline-Timestamp: &lt;Unix seconds&gt;</c> and
/// <c>X-Hotline-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." + raw body)&gt;</c>; the timestamp is
/// signed with the body so a captured request cannot be replayed outside the allowed clock skew.
/// </summary>
public static class SmsSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Hotline-Signature";

    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "X-Hotline-Timestamp";

    private const string Prefix = "sha256=";

    /// <summary>The header value for a body signed at <paramref name="timestamp"/>.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[written] = (byte)'.';
        body.CopyTo(signed.AsSpan(written + 1));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Whether the headers sign <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static bool IsValid(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body) =>
        !string.IsNullOrEmpty(secret) && timestamp is not null && signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
}
