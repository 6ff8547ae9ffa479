using System.Net;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Telephony.Tests.Sip.Auth.SipTestRequests;

namespace Hotline.Telephony.Tests.Sip.Auth;

[Trait("Category", "Unit")]
public sealed class AuthFailureRateLimitTests
{
    private const string Realm = "hotline.test";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemorySipCredentialStore _store = new();
    private readonly DigestAuthenticator _authenticator;

    public AuthFailureRateLimitTests()
    {
        _store.SetPassword("8001", Realm, "demo-8001");
        _store.SetPassword("8002", Realm, "demo-8002");
        var options = new DigestAuthenticatorOptions
        {
            Realm = Realm,
            RateLimit = { MaxFailures = 5, Window = TimeSpan.FromMinutes(1), Lockout = TimeSpan.FromMinutes(5) },
        };
        _authenticator = new DigestAuthenticator(options, _store, _time);
    }

    [Fact]
    public async Task Key_is_locked_after_repeated_failures_even_for_the_right_password_while_other_keys_are_not()
    {
        var attacker = Udp(5070);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(DigestAuthenticationOutcome.Failed, (await Attempt(attacker, "8001", "guess" + i)).Outcome);
        }

        var locked = await Attempt(attacker, "8001", "demo-8001");
        Assert.Equal(DigestAuthenticationOutcome.RateLimited, locked.Outcome);
        var response = Wire(locked.Response!);
        Assert.Equal(403, response.StatusCode);
        Assert.Equal("300", response.Headers.GetFirst("Retry-After"));
        Assert.Empty(response.WwwAuthenticates);

        // Same address, another port (another phone behind the same NAT, or another test peer on 127.0.0.1).
        Assert.True((await Attempt(Udp(5071), "8001", "demo-8001")).IsAuthenticated);

        // Same address and port, another user.
        Assert.True((await Attempt(attacker, "8002", "demo-8002")).IsAuthenticated);

        // Another transport on the same port number is the same address:port, so it stays locked.
        var tcp = new SipRemote(SipTransportKind.Tcp, new IPEndPoint(IPAddress.Loopback, 5070), 9);
        Assert.Equal(DigestAuthenticationOutcome.RateLimited, (await Attempt(tcp, "8001", "demo-8001")).Outcome);
    }

    [Fact]
    public async Task Lockout_ends_after_the_cool_down()
    {
        var attacker = Udp(5072);
        for (var i = 0; i < 5; i++)
        {
            await Attempt(attacker, "8001", "guess" + i);
        }

        _time.Advance(TimeSpan.FromMinutes(4));
        var stillLocked = await Attempt(attacker, "8001", "demo-8001");
        Assert.Equal(DigestAuthenticationOutcome.RateLimited, stillLocked.Outcome);
        Assert.Equal("60", stillLocked.Response!.Headers.GetFirst("Retry-After"));

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.True((await Attempt(attacker, "8001", "demo-8001")).IsAuthenticated);
    }

    [Fact]
    public async Task Failures_spread_beyond_the_window_do_not_lock()
    {
        var phone = Udp(5073);
        for (var i = 0; i < 4; i++)
        {
            await Attempt(phone, "8001", "typo");
        }

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(DigestAuthenticationOutcome.Failed, (await Attempt(phone, "8001", "typo")).Outcome);
        }

        Assert.True((await Attempt(phone, "8001", "demo-8001")).IsAuthenticated);
    }

    [Fact]
    public async Task Success_resets_the_count()
    {
        var phone = Udp(5074);
        for (var i = 0; i < 4; i++)
        {
            await Attempt(phone, "8001", "typo");
        }

        Assert.True((await Attempt(phone, "8001", "demo-8001")).IsAuthenticated);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(DigestAuthenticationOutcome.Failed, (await Attempt(phone, "8001", "typo")).Outcome);
        }
    }

    [Fact]
    public void Table_size_is_capped_and_entries_expire()
    {
        var limiter = new AuthFailureRateLimiter(new AuthFailureRateLimiterOptions { MaxEntries = 3, MaxFailures = 2 }, _time);
        for (var port = 1; port <= 50; port++)
        {
            limiter.RecordFailure(new AuthFailureKey(new IPEndPoint(IPAddress.Loopback, port), "8001"));
        }

        Assert.Equal(3, limiter.Count);

        var key = new AuthFailureKey(new IPEndPoint(IPAddress.Loopback, 9000), "8001");
        limiter.RecordFailure(key);
        Assert.True(limiter.RecordFailure(key));
        Assert.True(limiter.IsLockedOut(key, out var retry));
        Assert.Equal(TimeSpan.FromMinutes(5), retry);

        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.False(limiter.IsLockedOut(key, out _));
        limiter.RecordFailure(new AuthFailureKey(new IPEndPoint(IPAddress.Loopback, 9001), "8001"));
        Assert.Equal(1, limiter.Count);
    }

    private async Task<DigestAuthenticationResult> Attempt(SipRemote source, string user, string password)
    {
        var request = Register(user);
        var challenge = await _authenticator.AuthenticateAsync(request, source, cancellationToken: TestContext.Current.CancellationToken);
        if (challenge.Outcome == DigestAuthenticationOutcome.RateLimited)
        {
            return challenge;
        }

        Assert.True(new DigestClient(user, password).TryAuthorize(request, Wire(challenge.Response!)));
        NextCSeq(request);
        return await _authenticator.AuthenticateAsync(Wire(request), source, cancellationToken: TestContext.Current.CancellationToken);
    }
}
