using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Registrar;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Time.Testing;
using Hotline.Telephony.Tests.Sip.Auth;
using static Hotline.Telephony.Tests.Sip.Auth.SipTestRequests;
using SipRegistrar = Hotline.Telephony.Sip.Registrar.Registrar;

namespace Hotline.Telephony.Tests.Sip.Registrar;

[Trait("Category", "Unit")]
public sealed class RegistrarTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemorySipCredentialStore _store = new();
    private readonly LocationService _location;
    private readonly SipRegistrar _registrar;
    private readonly List<LocationBindingEventArgs> _events = [];
    private readonly SipRemote _phone = Udp(5070);

    public RegistrarTests()
    {
        _store.SetPassword("8001", Domain, "demo-8001");
        _store.SetPassword("8002", Domain, "demo-8002");
        _location = new LocationService(new LocationServiceOptions { MaxBindingsPerAor = 4 }, _time);
        _location.BindingChanged += (_, e) => _events.Add(e);
        var options = new RegistrarOptions();
        options.Domains.Add(Domain);
        var authenticator = new DigestAuthenticator(new DigestAuthenticatorOptions { Realm = Domain }, _store, _time);
        _registrar = new SipRegistrar(options, _location, authenticator);
    }

    public void Dispose() => _location.Dispose();

    [Fact]
    public async Task Register_is_challenged_then_bound_with_the_default_expiry()
    {
        var request = Register("8001", "<sip:8001@192.0.2.10:5070;transport=udp>");
        var challenge = await Send(request);
        Assert.Equal(401, challenge.StatusCode);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));

        Assert.True(new DigestClient("8001", "demo-8001").TryAuthorize(request, challenge));
        NextCSeq(request);
        var ok = await Send(request);

        Assert.Equal(200, ok.StatusCode);
        var contact = Assert.Single(ok.Contacts);
        Assert.Equal("sip:8001@192.0.2.10:5070;transport=udp", contact.Uri!.ToString());
        Assert.Equal(3600u, contact.Expires);
        Assert.Equal("Sat, 01 Mar 2025 08:00:00 GMT", ok.Headers.GetFirst("Date"));

        var binding = Assert.Single(_location.Lookup(SipUri.Parse("sip:8001@HOTLINE.test;transport=tcp")));
        Assert.Equal(_phone, binding.Source);
        Assert.Equal("reg-call-1", binding.CallId);
        Assert.Equal(2u, binding.CSeq);
        Assert.Equal("Hotline test phone", binding.UserAgent);
        Assert.Equal(_time.GetUtcNow().AddHours(1), binding.ExpiresAt);
        Assert.Equal(LocationBindingChange.Added, Assert.Single(_events).Change);
    }

    [Fact]
    public async Task Wrong_password_gets_401_and_no_binding()
    {
        var response = await Authenticated(Register("8001", "<sip:8001@192.0.2.10>"), new DigestClient("8001", "wrong"));
        Assert.Equal(401, response.StatusCode);
        Assert.NotEmpty(response.WwwAuthenticates);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
        Assert.Empty(_events);
    }

    [Fact]
    public async Task Sha256_and_md5_clients_both_register()
    {
        Assert.Equal(200, (await Authenticated(Register("8001", "<sip:8001@192.0.2.10>"), new DigestClient("8001", "demo-8001"))).StatusCode);

        // An MD5-only client (as sipp 3.6.1) answers the second challenge.
        var request = Register("8002", "<sip:8002@192.0.2.11>");
        var challenge = await Send(request);
        var md5 = challenge.WwwAuthenticates.Single(c => c.Parameters["algorithm"] == "MD5");
        NextCSeq(request);
        request.Headers.Add("Authorization", ManualDigest.Answer(md5, "8002", "demo-8002", request));
        Assert.Equal(200, (await Send(request)).StatusCode);
        Assert.Single(_location.Lookup(new AddressOfRecord("8002", Domain)));
    }

    [Fact]
    public async Task Authenticated_user_other_than_the_aor_is_forbidden()
    {
        var request = Register("8001", "<sip:8001@192.0.2.10>");
        var response = await Authenticated(request, new DigestClient("8002", "demo-8002"));
        Assert.Equal(403, response.StatusCode);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
    }

    [Fact]
    public async Task Refresh_updates_expiry_source_and_cseq_and_unregister_removes()
    {
        var client = new DigestClient("8001", "demo-8001");
        await Authenticated(Register("8001", "<sip:8001@192.0.2.10>"), client);
        _time.Advance(TimeSpan.FromMinutes(30));

        var refresh = Register("8001", "<sip:8001@192.0.2.10>;expires=1800", cseq: 10);
        var ok = await Authenticated(refresh, client, Tcp(40000, 17));
        Assert.Equal(1800u, Assert.Single(ok.Contacts).Expires);
        var binding = Assert.Single(_location.Lookup(new AddressOfRecord("8001", Domain)));
        Assert.Equal(17, binding.Source.ConnectionId);
        Assert.Equal(SipTransportKind.Tcp, binding.Source.Transport);
        Assert.Equal(_time.GetUtcNow().AddMinutes(-30), binding.RegisteredAt);

        var unregister = Register("8001", "<sip:8001@192.0.2.10>;expires=0", cseq: 20);
        var gone = await Authenticated(unregister, client);
        Assert.Equal(200, gone.StatusCode);
        Assert.Empty(gone.Contacts);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
        Assert.Equal([LocationBindingChange.Added, LocationBindingChange.Refreshed, LocationBindingChange.Removed], _events.Select(e => e.Change));
    }

    [Fact]
    public async Task Multiple_contacts_are_listed_and_looked_up_by_q()
    {
        var client = new DigestClient("8001", "demo-8001");
        var request = Register("8001", "<sip:desk@192.0.2.10>;q=0.5, <sip:soft@192.0.2.11>;q=1.0", extra: "Contact: <sip:mobile@192.0.2.12>;q=0.8");
        var ok = await Authenticated(request, client);

        Assert.Equal(3, ok.Contacts.Count);
        var order = _location.Lookup(new AddressOfRecord("8001", Domain)).Select(b => b.Contact.ToString());
        Assert.Equal(["sip:soft@192.0.2.11", "sip:mobile@192.0.2.12", "sip:desk@192.0.2.10"], order);

        // Removing one leaves the others.
        await Authenticated(Register("8001", "<sip:mobile@192.0.2.12>;expires=0", cseq: 9), client);
        Assert.Equal(2, _location.Lookup(new AddressOfRecord("8001", Domain)).Count);
    }

    [Fact]
    public async Task Query_without_contact_lists_current_bindings()
    {
        var client = new DigestClient("8001", "demo-8001");
        await Authenticated(Register("8001", "<sip:8001@192.0.2.10>"), client);
        _time.Advance(TimeSpan.FromSeconds(100));
        var ok = await Authenticated(Register("8001", cseq: 7), client);
        Assert.Equal(3500u, Assert.Single(ok.Contacts).Expires);
    }

    [Fact]
    public async Task Star_with_expires_zero_removes_all_bindings()
    {
        var client = new DigestClient("8001", "demo-8001");
        await Authenticated(Register("8001", "<sip:a@192.0.2.10>, <sip:b@192.0.2.11>"), client);
        var ok = await Authenticated(Register("8001", "*", callId: "other-call", cseq: 1, extra: "Expires: 0"), client);

        Assert.Equal(200, ok.StatusCode);
        Assert.Empty(ok.Contacts);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
        Assert.Equal(2, _events.Count(e => e.Change == LocationBindingChange.Removed));
    }

    [Theory]
    [InlineData("*", "Expires: 3600")]
    [InlineData("*", null)]
    [InlineData("*", "Contact: <sip:b@192.0.2.11>\r\nExpires: 0")]
    public async Task Any_other_use_of_star_is_a_400(string contact, string? expires)
    {
        var client = new DigestClient("8001", "demo-8001");
        await Authenticated(Register("8001", "<sip:a@192.0.2.10>"), client);
        var response = await Authenticated(Register("8001", contact, callId: "c2", extra: expires is null ? [] : [expires]), client);
        Assert.Equal(400, response.StatusCode);
        Assert.Single(_location.Lookup(new AddressOfRecord("8001", Domain)));
    }

    [Fact]
    public async Task Too_brief_expiry_is_a_423_with_min_expires_and_nothing_is_bound()
    {
        var response = await Authenticated(
            Register("8001", "<sip:a@192.0.2.10>, <sip:b@192.0.2.11>;expires=30"), new DigestClient("8001", "demo-8001"));
        Assert.Equal(423, response.StatusCode);
        Assert.Equal("Interval Too Brief", response.ReasonPhrase);
        Assert.Equal("60", response.Headers.GetFirst("Min-Expires"));
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
    }

    [Fact]
    public async Task Expires_header_applies_when_the_contact_has_none_and_long_requests_are_capped()
    {
        var client = new DigestClient("8001", "demo-8001");
        var ok = await Authenticated(Register("8001", "<sip:a@192.0.2.10>, <sip:b@192.0.2.11>;expires=999999", extra: "Expires: 120"), client);
        var expiries = ok.Contacts.ToDictionary(c => c.Uri!.ToString()!, c => c.Expires);
        Assert.Equal(120u, expiries["sip:a@192.0.2.10"]);
        Assert.Equal(7200u, expiries["sip:b@192.0.2.11"]);
    }

    [Fact]
    public async Task Bindings_expire_lazily_and_by_the_sweep_timer()
    {
        var client = new DigestClient("8001", "demo-8001");
        await Authenticated(Register("8001", "<sip:a@192.0.2.10>;expires=60"), client);
        await Authenticated(Register("8002", "<sip:b@192.0.2.11>;expires=120"), new DigestClient("8002", "demo-8002"));

        _time.Advance(TimeSpan.FromSeconds(61));
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
        Assert.Single(_events, e => e.Change == LocationBindingChange.Expired);

        // The sweep (every 15 s by default) reports lapsed bindings nobody looked up.
        _time.Advance(TimeSpan.FromSeconds(75));
        Assert.Equal(2, _events.Count(e => e.Change == LocationBindingChange.Expired));
        Assert.Equal(0, _location.Count);
        Assert.Empty(_location.Snapshot());
    }

    [Fact]
    public async Task Same_call_id_with_a_cseq_not_above_the_binding_is_a_500_and_changes_nothing()
    {
        var client = new DigestClient("8001", "demo-8001");
        await Authenticated(Register("8001", "<sip:a@192.0.2.10>", cseq: 10), client);
        var stored = Assert.Single(_location.Lookup(new AddressOfRecord("8001", Domain)));

        // The authenticated retry carries CSeq 11, so an "older" request starts at 10 and is retried at 11: use 9 → 10.
        var older = await Authenticated(Register("8001", "<sip:a@192.0.2.10>;expires=0", cseq: 9), client);
        Assert.Equal(500, older.StatusCode);
        Assert.Equal(stored, Assert.Single(_location.Lookup(new AddressOfRecord("8001", Domain))));

        // Another Call-ID (the phone rebooted) may use any CSeq.
        var rebooted = await Authenticated(Register("8001", "<sip:a@192.0.2.10>;expires=0", callId: "after-reboot", cseq: 1), client);
        Assert.Equal(200, rebooted.StatusCode);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
    }

    [Fact]
    public async Task Too_many_contacts_for_one_aor_are_refused()
    {
        var contacts = string.Join(", ", Enumerable.Range(1, 5).Select(i => $"<sip:d{i}@192.0.2.{i}>"));
        var response = await Authenticated(Register("8001", contacts), new DigestClient("8001", "demo-8001"));
        Assert.Equal(403, response.StatusCode);
        Assert.Empty(_location.Lookup(new AddressOfRecord("8001", Domain)));
    }

    [Fact]
    public async Task Aor_outside_the_served_domains_is_a_404()
    {
        var response = await Send(Register("8001", "<sip:8001@192.0.2.10>", domain: "elsewhere.example"));
        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_authorization_scheme_gets_a_challenge()
    {
        // RFC 4475 §3.3.7 regaut01, sent to a registrar serving example.com.
        var registrar = CreateRegistrar("example.com", requireAuthentication: true);
        var response = Wire(await registrar.HandleAsync(Parse(TortureVectors.Read("regaut01.dat")), _phone, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(401, response.StatusCode);
        Assert.NotEmpty(response.WwwAuthenticates);
    }

    [Fact]
    public async Task Non_sip_to_is_a_400()
    {
        // RFC 4475 §3.3.4 unksm2: To is isbn:, which cannot be an address-of-record.
        var registrar = CreateRegistrar("example.com", requireAuthentication: true);
        var response = await registrar.HandleAsync(Parse(TortureVectors.Read("unksm2.dat")), _phone, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task Contact_parameter_without_angle_brackets_is_a_header_parameter()
    {
        // RFC 4475 §3.3.12 cparam01.
        var registrar = CreateRegistrar("example.com", requireAuthentication: false);
        var ok = Wire(await registrar.HandleAsync(Parse(TortureVectors.Read("cparam01.dat")), _phone, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(200, ok.StatusCode);
        var binding = Assert.Single(registrar.Location.Lookup(new AddressOfRecord("watson", "example.com")));
        Assert.Equal("sip:+19725552222@gw1.example.net", binding.Contact.ToString());
        Assert.Contains(binding.ContactParameters, p => p.Name == "unknownparam");
        Assert.Equal("sip:+19725552222@gw1.example.net", Assert.Single(ok.Contacts).Uri!.ToString());
    }

    [Fact]
    public async Task Contact_parameter_inside_angle_brackets_stays_in_the_uri()
    {
        // RFC 4475 §3.3.13 cparam02.
        var registrar = CreateRegistrar("example.com", requireAuthentication: false);
        var ok = Wire(await registrar.HandleAsync(Parse(TortureVectors.Read("cparam02.dat")), _phone, cancellationToken: TestContext.Current.CancellationToken));

        var binding = Assert.Single(registrar.Location.Lookup(new AddressOfRecord("watson", "example.com")));
        Assert.Equal("sip:+19725552222@gw1.example.net;unknownparam", binding.Contact.ToString());
        Assert.Empty(binding.ContactParameters);
        Assert.Equal("sip:+19725552222@gw1.example.net;unknownparam", Assert.Single(ok.Contacts).Uri!.ToString());
    }

    [Fact]
    public async Task Escaped_headers_in_a_contact_are_stored_and_returned_unchanged()
    {
        // RFC 4475 §3.3.14 regescrt.
        var registrar = CreateRegistrar("example.com", requireAuthentication: false);
        var ok = Wire(await registrar.HandleAsync(Parse(TortureVectors.Read("regescrt.dat")), _phone, cancellationToken: TestContext.Current.CancellationToken));

        const string Expected = "sip:user@example.com?Route=%3Csip:sip.example.com%3E";
        Assert.Equal(Expected, Assert.Single(registrar.Location.Lookup(new AddressOfRecord("user", "example.com"))).Contact.ToString());
        Assert.Equal(Expected, Assert.Single(ok.Contacts).Uri!.ToString());
        Assert.Contains("<" + Expected + ">", ok.Headers.GetFirst("Contact"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Required_extension_is_refused_with_420()
    {
        var response = await Send(Register("8001", "<sip:a@192.0.2.10>", extra: "Require: path"));
        Assert.Equal(420, response.StatusCode);
        Assert.Equal("path", response.Headers.GetFirst("Unsupported"));
    }

    [Fact]
    public async Task Non_register_is_a_caller_bug()
    {
        var options = Parse("OPTIONS sip:hotline.test SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nTo: <sip:hotline.test>\r\nFrom: <sip:a@h>;tag=1\r\nCall-ID: o1\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
        await Assert.ThrowsAsync<ArgumentException>(() => _registrar.HandleAsync(options, _phone, cancellationToken: TestContext.Current.CancellationToken));
    }

    private SipRegistrar CreateRegistrar(string domain, bool requireAuthentication)
    {
        var options = new RegistrarOptions { RequireAuthentication = requireAuthentication };
        options.Domains.Add(domain);
        var authenticator = new DigestAuthenticator(new DigestAuthenticatorOptions { Realm = domain }, _store, _time);
        return new SipRegistrar(options, new LocationService(new LocationServiceOptions { SweepInterval = TimeSpan.Zero }, _time), authenticator);
    }

    private async Task<SipResponse> Send(SipRequest request, SipRemote? source = null) =>
        Wire(await _registrar.HandleAsync(Wire(request), source ?? _phone, cancellationToken: TestContext.Current.CancellationToken));

    private async Task<SipResponse> Authenticated(SipRequest request, DigestClient client, SipRemote? source = null)
    {
        var challenge = await Send(request, source);
        if (challenge.StatusCode != 401)
        {
            return challenge;
        }

        Assert.True(client.TryAuthorize(request, challenge));
        NextCSeq(request);
        return await Send(request, source);
    }
}
