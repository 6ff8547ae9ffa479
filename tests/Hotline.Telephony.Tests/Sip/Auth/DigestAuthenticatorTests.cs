using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Hotline.Telephony.Tests.Sip;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Telephony.Tests.Sip.Auth.SipTestRequests;

namespace Hotline.Telephony.Tests.Sip.Auth;

[Trait("Category", "Unit")]
public sealed class DigestAuthenticatorTests
{
    private const string Realm = "hotline.test";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemorySipCredentialStore _store = new();
    private readonly SipRemote _phone = Udp(5070);

    public DigestAuthenticatorTests()
    {
        _store.SetPassword("8001", Realm, "demo-8001");
        _store.SetPassword("8002", Realm, "demo-8002");
    }

    [Fact]
    public async Task Request_without_credentials_gets_a_401_offering_sha256_then_md5()
    {
        var result = await Create().AuthenticateAsync(Register("8001", "<sip:8001@127.0.0.1:5070>"), _phone, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(DigestAuthenticationOutcome.Challenged, result.Outcome);
        var response = Wire(result.Response!);
        Assert.Equal(401, response.StatusCode);
        Assert.NotNull(response.To!.Tag);
        var challenges = response.WwwAuthenticates;
        Assert.Equal(["SHA-256", "MD5"], challenges.Select(c => c.Parameters["algorithm"]));
        Assert.All(challenges, c =>
        {
            Assert.True(c.IsDigest);
            Assert.Equal(Realm, c.Parameters["realm"]);
            Assert.Equal("auth", c.Parameters["qop"]);
            Assert.NotNull(c.Parameters["opaque"]);
            Assert.NotNull(c.Parameters["nonce"]);
            Assert.False(c.Parameters.Contains("stale"));
        });
        Assert.NotEqual(challenges[0].Parameters["nonce"], challenges[1].Parameters["nonce"]);
    }

    [Fact]
    public void Proxy_challenge_is_a_407_with_proxy_authenticate()
    {
        var response = Wire(Create().CreateChallenge(Register("8001"), DigestChallengeKind.Proxy));
        Assert.Equal(407, response.StatusCode);
        Assert.Equal(2, response.ProxyAuthenticates.Count);
        Assert.Empty(response.WwwAuthenticates);
    }

    [Fact]
    public void Offered_algorithms_are_configurable()
    {
        var authenticator = Create(o =>
        {
            o.Algorithms.Clear();
            o.Algorithms.Add(DigestAlgorithm.Md5);
        });
        var response = Wire(authenticator.CreateChallenge(Register("8001")));
        Assert.Equal("MD5", Assert.Single(response.WwwAuthenticates).Parameters["algorithm"]);
    }

    [Fact]
    public async Task Sha256_end_to_end_with_the_client()
    {
        var result = await ChallengeAndAnswer(Create(), new DigestClient("8001", "demo-8001"), Register("8001", "<sip:8001@127.0.0.1:5070>"));

        Assert.True(result.IsAuthenticated, result.ToString());
        Assert.Equal("8001", result.UserName);
        Assert.Same(DigestAlgorithm.Sha256, result.Algorithm);
        Assert.Null(result.Response);
    }

    [Fact]
    public async Task Md5_end_to_end_with_the_client_when_only_md5_is_offered()
    {
        var authenticator = Create(o =>
        {
            o.Algorithms.Clear();
            o.Algorithms.Add(DigestAlgorithm.Md5);
        });
        var result = await ChallengeAndAnswer(authenticator, new DigestClient("8001", "demo-8001"), Register("8001"));
        Assert.True(result.IsAuthenticated, result.ToString());
        Assert.Same(DigestAlgorithm.Md5, result.Algorithm);
    }

    [Fact]
    public async Task Md5_answer_to_the_second_challenge_is_accepted_as_sipp_sends_it()
    {
        // sipp 3.6.1 only does MD5: it answers the MD5 challenge of the two offered.
        var authenticator = Create();
        var request = Register("8001");
        var challenge = (await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!;
        var md5 = Wire(challenge).WwwAuthenticates.Single(c => c.Parameters["algorithm"] == "MD5");
        NextCSeq(request);
        request.Headers.Add("Authorization", ManualDigest.Answer(md5, "8001", "demo-8001", request));

        var result = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsAuthenticated, result.ToString());
        Assert.Same(DigestAlgorithm.Md5, result.Algorithm);
    }

    [Fact]
    public async Task Wrong_password_gets_a_fresh_401()
    {
        var result = await ChallengeAndAnswer(Create(), new DigestClient("8001", "not-the-password"), Register("8001"));

        Assert.Equal(DigestAuthenticationOutcome.Failed, result.Outcome);
        Assert.Equal(401, result.Response!.StatusCode);
        Assert.Equal(2, Wire(result.Response).WwwAuthenticates.Count);
        Assert.Contains("wrong password", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("8003")]
    public async Task Unknown_or_disabled_user_looks_like_a_wrong_password(string user)
    {
        _store.SetPassword("8003", Realm, "demo-8003", enabled: false);
        var result = await ChallengeAndAnswer(Create(), new DigestClient(user, "demo-" + user), Register(user));
        Assert.Equal(DigestAuthenticationOutcome.Failed, result.Outcome);
        Assert.Equal(401, result.Response!.StatusCode);
    }

    [Fact]
    public async Task Unknown_scheme_gets_a_challenge_never_a_400()
    {
        // RFC 4475 §3.3.7 regaut01.
        var request = Parse(TortureVectors.Read("regaut01.dat"));
        var result = await Create().AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(DigestAuthenticationOutcome.Challenged, result.Outcome);
        Assert.Equal(401, result.Response!.StatusCode);
        Assert.NotEmpty(Wire(result.Response).WwwAuthenticates);
    }

    [Fact]
    public async Task Credentials_for_another_realm_get_a_challenge()
    {
        var request = Register("8001", extra: "Authorization: Digest username=\"8001\", realm=\"elsewhere\", nonce=\"x\", uri=\"sip:hotline.test\", response=\"00\"");
        var result = await Create().AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Challenged, result.Outcome);
    }

    [Fact]
    public async Task Expired_nonce_with_right_password_gets_stale_then_succeeds_with_a_fresh_nonce()
    {
        var authenticator = Create();
        var client = new DigestClient("8001", "demo-8001");
        var request = Register("8001");
        client.TryAuthorize(request, Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!));
        NextCSeq(request);
        _time.Advance(TimeSpan.FromMinutes(6));

        var stale = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Stale, stale.Outcome);
        var staleChallenge = Wire(stale.Response!);
        Assert.Equal(401, staleChallenge.StatusCode);
        Assert.All(staleChallenge.WwwAuthenticates, c => Assert.Equal("true", c.Parameters["stale"]));

        Assert.True(client.TryAuthorize(request, staleChallenge));
        NextCSeq(request);
        var retried = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(retried.IsAuthenticated, retried.ToString());
    }

    [Fact]
    public async Task Expired_nonce_with_wrong_password_is_a_plain_failure()
    {
        var authenticator = Create();
        var request = Register("8001");
        new DigestClient("8001", "wrong").TryAuthorize(request, Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!));
        _time.Advance(TimeSpan.FromMinutes(6));

        var result = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Failed, result.Outcome);
        Assert.All(Wire(result.Response!).WwwAuthenticates, c => Assert.False(c.Parameters.Contains("stale")));
    }

    [Fact]
    public async Task Replayed_nonce_count_is_refused_and_a_higher_one_accepted()
    {
        var authenticator = Create();
        var client = new DigestClient("8001", "demo-8001");
        var request = Register("8001");
        client.TryAuthorize(request, Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!));
        var captured = Wire(request);

        Assert.True((await authenticator.AuthenticateAsync(captured, _phone, cancellationToken: TestContext.Current.CancellationToken)).IsAuthenticated);
        var replay = await authenticator.AuthenticateAsync(Wire(captured), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Stale, replay.Outcome);

        // The client reuses the nonce with nc=00000002 for its next request (RFC 7616 §3.4).
        var refresh = Register("8001", cseq: 5);
        Assert.True(client.TryReauthorize(refresh));
        Assert.Equal("00000002", refresh.Authorizations.Single().Parameters["nc"]);
        Assert.True((await authenticator.AuthenticateAsync(Wire(refresh), _phone, cancellationToken: TestContext.Current.CancellationToken)).IsAuthenticated);
    }

    [Fact]
    public async Task Replay_protection_can_be_turned_off()
    {
        var authenticator = Create(o => o.TrackNonceCounts = false);
        var request = Register("8001");
        new DigestClient("8001", "demo-8001").TryAuthorize(request, Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!));
        Assert.True((await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken)).IsAuthenticated);
        Assert.True((await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken)).IsAuthenticated);
    }

    [Fact]
    public async Task Rfc2069_response_without_qop_is_accepted_once()
    {
        var authenticator = Create();
        var request = Register("8001");
        var challenge = Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!).WwwAuthenticates[1];
        request.Headers.Add("Authorization", ManualDigest.Answer(challenge, "8001", "demo-8001", request, withQop: false));

        Assert.True((await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken)).IsAuthenticated);
        Assert.Equal(DigestAuthenticationOutcome.Stale, (await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken)).Outcome);
        var strict = Create(o => o.AllowResponsesWithoutQop = false);
        Assert.Equal(DigestAuthenticationOutcome.Challenged, (await strict.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken)).Outcome);
    }

    [Fact]
    public async Task Forged_nonce_is_challenged_without_counting_a_failure()
    {
        var authenticator = Create();
        var request = Register("8001");
        var challenge = Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!).WwwAuthenticates[0];
        var forged = new AuthenticationHeader("Digest");
        foreach (var p in challenge.Parameters)
        {
            forged.Parameters.Add(p.Name, p.Name == "nonce" ? "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"" : p.Value);
        }

        request.Headers.Add("Authorization", ManualDigest.Answer(forged, "8001", "demo-8001", request));
        var result = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Challenged, result.Outcome);
        Assert.Equal(0, authenticator.RateLimiter.Count);
    }

    [Fact]
    public async Task Algorithm_not_offered_is_challenged()
    {
        var authenticator = Create(o =>
        {
            o.Algorithms.Clear();
            o.Algorithms.Add(DigestAlgorithm.Sha256);
        });
        var request = Register("8001");
        var challenge = Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!).WwwAuthenticates[0];
        request.Headers.Add("Authorization", ManualDigest.Answer(challenge, "8001", "demo-8001", request, algorithm: DigestAlgorithm.Md5));
        var result = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Challenged, result.Outcome);
        Assert.Contains("MD5", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_uri_that_is_not_the_request_uri_is_a_400()
    {
        var authenticator = Create();
        var request = Register("8001");
        var challenge = Wire((await authenticator.AuthenticateAsync(request, _phone, cancellationToken: TestContext.Current.CancellationToken)).Response!).WwwAuthenticates[0];
        request.Headers.Add("Authorization", ManualDigest.Answer(challenge, "8001", "demo-8001", request, uri: "sip:other.example"));
        var result = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.BadRequest, result.Outcome);
        Assert.Equal(400, result.Response!.StatusCode);
    }

    [Fact]
    public async Task Proxy_credentials_are_read_from_proxy_authorization()
    {
        var authenticator = Create();
        var client = new DigestClient("8001", "demo-8001");
        var invite = Register("8001");
        var challenge = await authenticator.AuthenticateAsync(invite, _phone, DigestChallengeKind.Proxy, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(client.TryAuthorize(invite, Wire(challenge.Response!)));
        Assert.Single(invite.ProxyAuthorizations);
        Assert.Empty(invite.Authorizations);
        Assert.True((await authenticator.AuthenticateAsync(Wire(invite), _phone, DigestChallengeKind.Proxy, cancellationToken: TestContext.Current.CancellationToken)).IsAuthenticated);
    }

    [Fact]
    public void Client_prefers_sha256_even_when_md5_is_listed_first()
    {
        var request = Register("8001");
        var challenge = SipResponse.CreateFor(request, 401);
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n1\", algorithm=MD5, qop=\"auth\"");
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n2\", algorithm=SHA-256, qop=\"auth,auth-int\"");
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n3\", algorithm=SHA-512-256, qop=\"auth\"");

        Assert.True(new DigestClient("8001", "pw").TryAuthorize(request, Wire(challenge)));
        var credentials = Assert.Single(Wire(request).Authorizations);
        Assert.Equal("SHA-256", credentials.Parameters["algorithm"]);
        Assert.Equal("n2", credentials.Parameters["nonce"]);
        Assert.Equal("auth", credentials.Parameters["qop"]);
        Assert.Equal("00000001", credentials.Parameters["nc"]);
    }

    [Fact]
    public void Client_declines_unknown_schemes_and_algorithms()
    {
        var request = Register("8001");
        var challenge = SipResponse.CreateFor(request, 401);
        challenge.Headers.Add("WWW-Authenticate", "NoOneKnowsThisScheme opaque-data=here");
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256-sess, qop=\"auth\"");
        Assert.False(new DigestClient("8001", "pw").TryAuthorize(request, Wire(challenge)));
        Assert.Empty(request.Authorizations);
        Assert.False(new DigestClient("8001", "pw").TryReauthorize(request));
    }

    private DigestAuthenticator Create(Action<DigestAuthenticatorOptions>? configure = null)
    {
        var options = new DigestAuthenticatorOptions { Realm = Realm, NonceSecret = Enumerable.Repeat((byte)7, 32).ToArray() };
        configure?.Invoke(options);
        return new DigestAuthenticator(options, _store, _time);
    }

    private async Task<DigestAuthenticationResult> ChallengeAndAnswer(DigestAuthenticator authenticator, DigestClient client, SipRequest request)
    {
        var first = await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DigestAuthenticationOutcome.Challenged, first.Outcome);
        Assert.True(client.TryAuthorize(request, Wire(first.Response!)));
        NextCSeq(request);
        return await authenticator.AuthenticateAsync(Wire(request), _phone, cancellationToken: TestContext.Current.CancellationToken);
    }
}
