using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class SipUriTests
{
    [Fact]
    public void Parses_all_components()
    {
        var uri = SipUri.Parse("sips:alice:secret@Example.COM:5061;transport=tcp;lr;maddr=239.255.255.1?subject=project%20x&priority=urgent");
        Assert.True(uri.IsSecure);
        Assert.Equal("alice", uri.User);
        Assert.Equal("secret", uri.Password);
        Assert.Equal("Example.COM", uri.Host);
        Assert.Equal(5061, uri.Port);
        Assert.Equal("tcp", uri.Transport);
        Assert.True(uri.IsLooseRouter);
        Assert.Equal("239.255.255.1", uri.Maddr);
        Assert.Equal("project x", uri.Headers["subject"]);
        Assert.Equal("urgent", uri.Headers["priority"]);
        Assert.Equal("sips:alice:secret@Example.COM:5061;transport=tcp;lr;maddr=239.255.255.1?subject=project%20x&priority=urgent", uri.ToString());
    }

    [Fact]
    public void Parses_ipv6_references()
    {
        var uri = SipUri.Parse("sip:bob@[2001:db8::10]:5070;transport=udp");
        Assert.Equal("[2001:db8::10]", uri.Host);
        Assert.Equal("2001:db8::10", uri.HostWithoutBrackets);
        Assert.Equal(5070, uri.Port);
        Assert.Equal(SipUri.Parse("sip:bob@[2001:0db8:0:0::10]:5070;transport=UDP"), uri);
        Assert.Throws<SipFormatException>(() => SipUri.Parse("sip:bob@[2001:db8::zz]"));
        Assert.Throws<SipFormatException>(() => SipUri.Parse("sip:bob@[2001:db8::1"));
    }

    [Theory]
    [InlineData("sip:%61lice@atlanta.com;transport=TCP", "sip:alice@AtLanTa.CoM;Transport=tcp")]
    [InlineData("sip:carol@chicago.com", "sip:carol@chicago.com;newparam=5")]
    [InlineData("sip:carol@chicago.com;security=on", "sip:carol@chicago.com;newparam=5")]
    [InlineData("sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com", "sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com")]
    [InlineData("sip:alice@atlanta.com?subject=project%20x&priority=urgent", "sip:alice@atlanta.com?priority=urgent&subject=project%20x")]
    [InlineData("sip:user@example.com;lr", "sip:user@example.com;%6C%72")]
    public void Equivalent_uris_compare_equal(string left, string right)
    {
        var a = SipUri.Parse(left);
        var b = SipUri.Parse(right);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("SIP:ALICE@AtLanTa.CoM;Transport=udp", "sip:alice@AtLanTa.CoM;Transport=UDP")]
    [InlineData("sip:bob@biloxi.com", "sip:bob@biloxi.com:5060")]
    [InlineData("sip:bob@biloxi.com", "sip:bob@biloxi.com;transport=udp")]
    [InlineData("sip:bob@biloxi.com:6000;transport=tcp", "sip:bob@biloxi.com:6000")]
    [InlineData("sip:carol@chicago.com", "sip:carol@chicago.com?Subject=next%20meeting")]
    [InlineData("sip:bob@phone21.boxesbybob.com", "sip:bob@192.0.2.4")]
    [InlineData("sip:carol@chicago.com;security=on", "sip:carol@chicago.com;security=off")]
    [InlineData("sip:alice@example.com", "sips:alice@example.com")]
    public void Different_uris_compare_unequal(string left, string right) =>
        Assert.NotEqual(SipUri.Parse(left), SipUri.Parse(right));

    [Fact]
    public void Escaped_user_compares_equal_to_unescaped_and_keeps_its_spelling()
    {
        var escaped = SipUri.Parse("sip:%75se%72@example.com");
        Assert.Equal("user", escaped.User);
        Assert.Equal("%75se%72", escaped.RawUser);
        Assert.Equal("sip:%75se%72@example.com", escaped.ToString());
        Assert.Equal(new SipUri("example.com", "user"), escaped);
    }

    [Fact]
    public void Constructor_escapes_the_user()
    {
        var uri = new SipUri("example.com", "I have spaces", 5060);
        Assert.Equal("sip:I%20have%20spaces@example.com:5060", uri.ToString());
        Assert.Equal("I have spaces", SipUri.Parse(uri.ToString()).User);
    }

    [Theory]
    [InlineData("sip:")]
    [InlineData("sip:@example.com")]
    [InlineData("sip:user@")]
    [InlineData("sip:user@exa mple.com")]
    [InlineData("sip:user@example.com:99999")]
    [InlineData("sip:user@example.com:")]
    [InlineData("sip:us%zzer@example.com")]
    [InlineData("sip:user@example.com;=x")]
    [InlineData("sip:user@example.com>")]
    [InlineData("1sip:user@example.com")]
    [InlineData("nocolon")]
    public void Rejects_malformed_uris(string text) =>
        Assert.False(AddressUri.TryParse(text, out _));

    [Fact]
    public void Tel_uris_ignore_visual_separators()
    {
        var uri = Assert.IsType<TelUri>(AddressUri.Parse("tel:+1-201-555-0123;ext=42"));
        Assert.True(uri.IsGlobal);
        Assert.Equal("+12015550123", uri.Number);
        Assert.Equal("42", uri.Parameters["ext"]);
        Assert.Equal(AddressUri.Parse("tel:+1.201.555.0123;EXT=42"), uri);
        Assert.NotEqual(AddressUri.Parse("tel:+12015550123"), uri);
        var local = Assert.IsType<TelUri>(AddressUri.Parse("tel:7042;phone-context=example.com"));
        Assert.False(local.IsGlobal);
        Assert.Equal("example.com", local.PhoneContext);
        Assert.Equal("tel:7042;phone-context=example.com", local.ToString());
    }

    [Fact]
    public void Unknown_schemes_stay_opaque()
    {
        var uri = Assert.IsType<OpaqueUri>(AddressUri.Parse("urn:service:sos"));
        Assert.Equal("urn", uri.Scheme);
        Assert.Equal("service:sos", uri.Value);
        Assert.False(uri.IsSip);
    }

    [Fact]
    public void Address_of_record_drops_port_and_parameters()
    {
        var aor = SipUri.Parse("sip:8001@Hotline.Example:5060;transport=tcp").ToAddressOfRecord();
        Assert.Equal("sip:8001@hotline.example", aor.ToString());
    }
}
