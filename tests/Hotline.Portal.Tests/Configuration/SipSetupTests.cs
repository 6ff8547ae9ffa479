using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Configuration;

namespace Hotline.Portal.Tests.Configuration;

[Trait("Category", "Unit")]
public sealed class SipSetupTests
{
    private static readonly IReadOnlyList<SipListenAddress> Listen = SipListenAddress.ParseList("udp:127.0.0.1:5060");

    private static SipOptions Bind(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Hotline:Sip").Get<SipOptions>() ?? new SipOptions();

    [Fact]
    public void Defaults_offer_sha256_first_and_serve_12328()
    {
        var options = SipSetup.ToServerOptions(new SipOptions(), Listen);

        Assert.Equal([DigestAlgorithm.Sha256, DigestAlgorithm.Md5], options.DigestAlgorithms);
        Assert.Equal(["12328"], options.ServiceNumbers);
    }

    [Fact]
    public void Configured_lists_replace_the_defaults_instead_of_adding_to_them()
    {
        var sip = Bind(new()
        {
            ["Hotline:Sip:DigestAlgorithms:0"] = "MD5",
            ["Hotline:Sip:ServiceNumbers:0"] = "12345",
            ["Hotline:Sip:Trunks:0:Name"] = "carrier",
            ["Hotline:Sip:Trunks:0:Addresses:0"] = "192.0.2.10",
            ["Hotline:Sip:Trunks:0:Target"] = "udp:192.0.2.10:5060",
            ["Hotline:Sip:StaticRoutes:0:Number"] = "9999",
            ["Hotline:Sip:StaticRoutes:0:Trunk"] = "carrier",
        });

        var options = SipSetup.ToServerOptions(sip, Listen);

        Assert.Equal([DigestAlgorithm.Md5], options.DigestAlgorithms);
        Assert.Equal(["12345"], options.ServiceNumbers);
        var trunk = Assert.Single(options.Trunks);
        Assert.Equal(["192.0.2.10"], trunk.Addresses);
        Assert.Equal("9999", Assert.Single(options.StaticRoutes).Number);
    }

    [Theory]
    [InlineData("Hotline:Sip:DigestAlgorithms:0", "SHA-512", "Hotline:Sip:DigestAlgorithms")]
    [InlineData("Hotline:Sip:Trunks:0:Addresses:0", "not-an-ip", "Hotline:Sip:Trunks")]
    public void Bad_values_name_their_key(string key, string value, string named)
    {
        var sip = Bind(new() { [key] = value, ["Hotline:Sip:Trunks:0:Name"] = "carrier" });

        var error = Assert.Throws<HotlineStartupException>(() => SipSetup.ToServerOptions(sip, Listen));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }
}
