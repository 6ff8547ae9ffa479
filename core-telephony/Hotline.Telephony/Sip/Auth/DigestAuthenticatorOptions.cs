namespace Hotline.Telephony.Sip.Auth;

/// <summary>Configuration of <see cref="DigestAuthenticator"/>.</summary>
public sealed class DigestAuthenticatorOptions
{
    /// <summary>The realm challenged with (RFC 3261 §22.1: typically the domain); credentials are looked up in it.</summary>
    public string Realm { get; set; } = "hotline";

    /// <summary>The algorithms offered, one challenge each, in this order (RFC 8760 §2.4: most preferred first).</summary>
    public IList<DigestAlgorithm> Algorithms { get; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>How long a nonce stays fresh; after that a correct response gets stale=true. Default 5 minutes.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The nonce MAC key, shared by the nodes of a cluster; null: 32 random bytes per process (nonces die with it).</summary>
    #pragma warning disable CA1819 // A key is naturally a byte array; it is copied on use.
    public byte[]? NonceSecret { get; set; }
    #pragma warning restore CA1819

    /// <summary>Whether each nonce's nc must grow (replay protection; RFC 2069 responses then make a nonce single-use). Default true.</summary>
    public bool TrackNonceCounts { get; set; } = true;

    /// <summary>The most nonces whose counts are remembered at once. Default 100 000.</summary>
    public int MaxTrackedNonces { get; set; } = 100_000;

    /// <summary>Whether responses without qop (RFC 2069, pre-RFC 2617 clients) are accepted. Default true.</summary>
    public bool AllowResponsesWithoutQop { get; set; } = true;

    /// <summary>Limits on repeated failures per (address:port, user).</summary>
    public AuthFailureRateLimiterOptions RateLimit { get; set; } = new();
}
