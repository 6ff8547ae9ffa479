using Hotline.Telephony.Sip.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Sip.Auth;

[Trait("Category", "Unit")]
public sealed class DigestNonceIssuerTests
{
    private static readonly byte[] _secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Own_nonce_is_fresh_until_its_lifetime_passes()
    {
        var issuer = new DigestNonceIssuer(_secret, TimeSpan.FromMinutes(5), _time);
        var nonce = issuer.Issue();
        Assert.Equal(DigestNonceState.Fresh, issuer.Validate(nonce, out var issuedAt));
        Assert.Equal(_time.GetUtcNow(), issuedAt);

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(DigestNonceState.Fresh, issuer.Validate(nonce, out _));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(DigestNonceState.Expired, issuer.Validate(nonce, out _));
    }

    [Fact]
    public void Nonces_are_unique_and_quoted_string_safe()
    {
        var issuer = new DigestNonceIssuer(_secret, TimeSpan.FromMinutes(5), _time);
        var nonces = Enumerable.Range(0, 100).Select(_ => issuer.Issue()).ToList();
        Assert.Equal(100, nonces.Distinct(StringComparer.Ordinal).Count());
        Assert.All(nonces, n => Assert.Matches("^[A-Za-z0-9_-]+$", n));
    }

    [Fact]
    public void Tampered_foreign_or_garbage_nonces_are_invalid()
    {
        var issuer = new DigestNonceIssuer(_secret, TimeSpan.FromMinutes(5), _time);
        var nonce = issuer.Issue();
        var chars = nonce.ToCharArray();
        chars[5] = chars[5] == 'A' ? 'B' : 'A';
        var tampered = new string(chars);
        Assert.Equal(DigestNonceState.Invalid, issuer.Validate(tampered, out _));

        var other = new DigestNonceIssuer(new byte[32], TimeSpan.FromMinutes(5), _time);
        Assert.Equal(DigestNonceState.Invalid, other.Validate(nonce, out _));
        Assert.Equal(DigestNonceState.Invalid, issuer.Validate("", out _));
        Assert.Equal(DigestNonceState.Invalid, issuer.Validate("dcd98b7102dd2f0e8b11d0f600bfb0c093", out _));
        Assert.Equal(DigestNonceState.Invalid, issuer.Validate(new string('*', nonce.Length), out _));
    }

    [Fact]
    public void Nonce_from_the_future_is_invalid()
    {
        var ahead = new FakeTimeProvider(_time.GetUtcNow().AddHours(1));
        var nonce = new DigestNonceIssuer(_secret, TimeSpan.FromMinutes(5), ahead).Issue();
        Assert.Equal(DigestNonceState.Invalid, new DigestNonceIssuer(_secret, TimeSpan.FromMinutes(5), _time).Validate(nonce, out _));
    }

    [Fact]
    public void Short_secret_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DigestNonceIssuer(new byte[4], TimeSpan.FromMinutes(5), _time));
        Assert.Contains("16 bytes", ex.Message, StringComparison.Ordinal);
    }
}
