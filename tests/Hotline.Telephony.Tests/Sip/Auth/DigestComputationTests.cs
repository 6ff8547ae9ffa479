using Hotline.Telephony.Sip.Auth;

namespace Hotline.Telephony.Tests.Sip.Auth;

[Trait("Category", "Unit")]
public sealed class DigestComputationTests
{
    // RFC 7616 §3.9.1: the same request answered with SHA-256 and with MD5.
    private const string Rfc7616Realm = "http-auth@example.org";
    private const string Rfc7616Nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private const string Rfc7616ClientNonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    [Fact]
    public void Rfc7616_sha256_example()
    {
        var ha1 = DigestAlgorithm.Sha256.Ha1("Mufasa", Rfc7616Realm, "Circle of Life");
        var response = DigestComputation.Response(
            DigestAlgorithm.Sha256, ha1, Rfc7616Nonce, "00000001", Rfc7616ClientNonce, "auth", "GET", "/dir/index.html");
        Assert.Equal("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", response);
    }

    [Fact]
    public void Rfc7616_md5_example()
    {
        var ha1 = DigestAlgorithm.Md5.Ha1("Mufasa", Rfc7616Realm, "Circle of Life");
        var response = DigestComputation.Response(
            DigestAlgorithm.Md5, ha1, Rfc7616Nonce, "00000001", Rfc7616ClientNonce, "auth", "GET", "/dir/index.html");
        Assert.Equal("8ca523f5e9506fed4657c9700eebdbec", response);
    }

    [Fact]
    public void Rfc2617_example()
    {
        // RFC 2617 §3.5.
        var ha1 = DigestAlgorithm.Md5.Ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        var response = DigestComputation.Response(
            DigestAlgorithm.Md5, ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth", "GET", "/dir/index.html");
        Assert.Equal("6629fae49393a05397450978507c4ef1", response);
    }

    [Fact]
    public void Rfc2069_form_without_qop()
    {
        // No published vector applies cleanly; the value was computed independently with Python's hashlib.
        var ha1 = DigestAlgorithm.Md5.Ha1("Mufasa", "testrealm@host.com", "CircleOfLife");
        var response = DigestComputation.Response(
            DigestAlgorithm.Md5, ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", null, null, null, "GET", "/dir/index.html");
        Assert.Equal("1949323746fe6a43ef61f9606e7febea", response);
    }

    [Fact]
    public void Auth_int_hashes_the_body()
    {
        var ha1 = DigestAlgorithm.Sha256.Ha1("8001", "hotline", "demo-8001");
        var empty = DigestComputation.Response(DigestAlgorithm.Sha256, ha1, "n", "00000001", "c", "auth-int", "INVITE", "sip:x@h");
        var withBody = DigestComputation.Response(DigestAlgorithm.Sha256, ha1, "n", "00000001", "c", "auth-int", "INVITE", "sip:x@h", "v=0"u8);
        Assert.NotEqual(empty, withBody);
        Assert.Equal(64, withBody.Length);
    }

    [Fact]
    public void Hex_comparison_ignores_case_and_rejects_other_lengths()
    {
        Assert.True(DigestComputation.HexEquals("8ca523f5e9506fed4657c9700eebdbec", "8CA523F5E9506FED4657C9700EEBDBEC"));
        Assert.False(DigestComputation.HexEquals("8ca523f5e9506fed4657c9700eebdbec", "8ca523f5e9506fed4657c9700eebdbe"));
        Assert.False(DigestComputation.HexEquals("8ca523f5e9506fed4657c9700eebdbec", "9ca523f5e9506fed4657c9700eebdbec"));
    }

    [Fact]
    public void Credential_from_password_keeps_only_ha1_values()
    {
        var credential = SipCredential.FromPassword("Mufasa", Rfc7616Realm, "Circle of Life");
        Assert.Equal("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232", credential.Sha256Ha1);
        Assert.Equal(DigestAlgorithm.Md5.Ha1("Mufasa", Rfc7616Realm, "Circle of Life"), credential.Md5Ha1);
        Assert.Equal(credential.Sha256Ha1, credential.Ha1For(DigestAlgorithm.Sha256));
        Assert.DoesNotContain("Circle", credential.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_memory_store_finds_by_user_and_realm()
    {
        var store = new InMemorySipCredentialStore();
        store.SetPassword("8001", "hotline", "demo-8001");
        Assert.NotNull(await store.FindAsync("8001", "hotline", TestContext.Current.CancellationToken));
        Assert.Null(await store.FindAsync("8001", "other", TestContext.Current.CancellationToken));
        Assert.Null(await store.FindAsync("8002", "hotline", TestContext.Current.CancellationToken));
        Assert.True(store.Remove("8001", "hotline"));
        Assert.Equal(0, store.Count);
    }
}
