using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Registrar;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Telephony.Tests.Sip.Auth.SipTestRequests;

namespace Hotline.Telephony.Tests.Sip.Registrar;

[Trait("Category", "Unit")]
public sealed class LocationServiceTests : IDisposable
{
    private static readonly AddressOfRecord _alice = new("8001", "Hotline.Test");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly LocationService _location;

    public LocationServiceTests()
    {
        _location = new LocationService(new LocationServiceOptions { MaxBindings = 3, MaxBindingsPerAor = 3, SweepInterval = TimeSpan.Zero }, _time);
    }

    public void Dispose() => _location.Dispose();

    [Fact]
    public void Aor_is_canonical_user_and_lower_case_host()
    {
        Assert.True(AddressOfRecord.TryFrom(SipUri.Parse("sips:%38001@HOTLINE.test:5061;transport=tls"), out var aor));
        Assert.Equal(new AddressOfRecord("8001", "hotline.test"), aor);
        Assert.Equal("sip:8001@hotline.test", aor.ToString());
        Assert.False(AddressOfRecord.TryFrom(AddressUri.Parse("tel:+861012328"), out _));
        Assert.False(AddressOfRecord.TryFrom(SipUri.Parse("sip:hotline.test"), out _));
        Assert.Empty(_location.Lookup(AddressUri.Parse("tel:+861012328")));
    }

    [Fact]
    public void Contact_listed_twice_in_one_request_is_applied_once()
    {
        var contact = SipUri.Parse("sip:8001@192.0.2.10");
        var result = _location.Register(Change(1, Contact(contact, 60), Contact(contact, 120)));
        Assert.Equal(RegistrationStatus.Applied, result.Status);
        Assert.Equal(_time.GetUtcNow().AddSeconds(120), Assert.Single(result.Bindings).ExpiresAt);
    }

    [Fact]
    public void Total_capacity_refuses_new_bindings_but_allows_refreshes()
    {
        Assert.Equal(RegistrationStatus.Applied, _location.Register(Change(1, Contact("sip:a@192.0.2.1"), Contact("sip:b@192.0.2.2"), Contact("sip:c@192.0.2.3"))).Status);
        var bob = new RegistrationChange(new AddressOfRecord("8002", "hotline.test"), "call-2", 1, Udp(5071), null, [Contact("sip:d@192.0.2.4")]);
        var refused = _location.Register(bob);
        Assert.Equal(RegistrationStatus.Full, refused.Status);
        Assert.Empty(refused.Bindings);
        Assert.Equal(RegistrationStatus.Applied, _location.Register(Change(3, Contact("sip:a@192.0.2.1"))).Status);
        Assert.Equal(3, _location.Count);
    }

    [Fact]
    public void Concurrent_registrations_keep_an_exact_count()
    {
        using var location = new LocationService(new LocationServiceOptions { SweepInterval = TimeSpan.Zero }, _time);
        Parallel.For(0, 200, i =>
        {
            var aor = new AddressOfRecord("u" + (i % 20), "hotline.test");
            location.Register(new RegistrationChange(aor, "call-" + i, 1, Udp(6000 + i), null, [Contact($"sip:d{i}@192.0.2.1", 60)]));
        });

        Assert.Equal(200, location.Count);
        Assert.Equal(200, location.Snapshot().Count);
        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(10, location.Lookup(new AddressOfRecord("u" + i, "hotline.test")).Count));
    }

    private static ContactRegistration Contact(string uri, int seconds = 60) => Contact(SipUri.Parse(uri), seconds);

    private static ContactRegistration Contact(SipUri uri, int seconds) => new(uri, [], null, TimeSpan.FromSeconds(seconds));

    private static RegistrationChange Change(uint cseq, params ContactRegistration[] contacts) =>
        new(_alice, "call-1", cseq, Udp(5070), "test", contacts);
}
