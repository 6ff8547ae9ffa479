using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>
/// Issues nonces that verify without server memory: base64url(issued-at ms | 8 random bytes | HMAC-SHA-256 truncated to 16 bytes),
/// keyed with a server secret, so any node holding the secret can check a nonce and its age (RFC 7616 §3.3 suggests this shape).
/// </summary>
public sealed class DigestNonceIssuer
{
    private const int TimestampLength = 8;
    private const int RandomLength = 8;
    private const int MacLength = 16;
    private const int PayloadLength = TimestampLength + RandomLength;
    private const int NonceLength = PayloadLength + MacLength;

    // A nonce dated slightly ahead of our clock can come from a peer node with clock skew; further ahead means forged or broken.
    private static readonly TimeSpan _allowedSkew = TimeSpan.FromSeconds(30);

    private readonly byte[] _secret;
    private readonly TimeProvider _time;

    /// <summary>Creates an issuer; <paramref name="secret"/> should be at least 32 random bytes and shared by all nodes of a cluster.</summary>
    public DigestNonceIssuer(ReadOnlySpan<byte> secret, TimeSpan lifetime, TimeProvider? timeProvider = null)
    {
        if (secret.Length < 16)
        {
            throw new ArgumentException($"A nonce secret needs at least 16 bytes; got {secret.Length}.", nameof(secret));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        _secret = secret.ToArray();
        Lifetime = lifetime;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long a nonce is accepted before it is stale.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>A new nonce dated now.</summary>
    public string Issue()
    {
        Span<byte> nonce = stackalloc byte[NonceLength];
        BinaryPrimitives.WriteInt64BigEndian(nonce, _time.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(nonce.Slice(TimestampLength, RandomLength));
        Mac(nonce[..PayloadLength], nonce[PayloadLength..]);
        return Base64Url.EncodeToString(nonce);
    }

    /// <summary>Checks the MAC and age of <paramref name="nonce"/>; <paramref name="issuedAt"/> is meaningful unless the result is Invalid.</summary>
    public DigestNonceState Validate(string nonce, out DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        issuedAt = default;
        Span<byte> decoded = stackalloc byte[NonceLength];
        // TryDecodeFromChars throws on characters outside the alphabet, and nonces come from the network: check first.
        if (nonce.Length != Base64Url.GetEncodedLength(NonceLength)
            || !Base64Url.IsValid(nonce)
            || !Base64Url.TryDecodeFromChars(nonce, decoded, out var written)
            || written != NonceLength)
        {
            return DigestNonceState.Invalid;
        }

        Span<byte> expected = stackalloc byte[MacLength];
        Mac(decoded[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, decoded[PayloadLength..]))
        {
            return DigestNonceState.Invalid;
        }

        var milliseconds = BinaryPrimitives.ReadInt64BigEndian(decoded);
        if (milliseconds < 0 || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DigestNonceState.Invalid;
        }

        issuedAt = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        var now = _time.GetUtcNow();
        if (issuedAt > now + _allowedSkew)
        {
            return DigestNonceState.Invalid;
        }

        return now - issuedAt > Lifetime ? DigestNonceState.Expired : DigestNonceState.Fresh;
    }

    private void Mac(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, payload, full);
        full[..MacLength].CopyTo(destination);
    }
}
