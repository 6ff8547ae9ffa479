using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class HeaderValueTests
{
    [Fact]
    public void Via_exposes_rfc3581_and_other_parameters()
    {
        var vias = ViaHeader.ParseList("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds;rport;received=10.0.0.1;maddr=224.2.0.1;ttl=16;x-custom=\"a b\", SIP / 2.0 / TCP [2001:db8::1]:5070 ;rport=5071;branch=z9hG4bKabc");
        Assert.Equal(2, vias.Count);
        var first = vias[0];
        Assert.Equal(("SIP", "2.0", "UDP"), (first.ProtocolName, first.ProtocolVersion, first.Transport));
        Assert.Equal(("192.0.2.1", (int?)5060), (first.Host, first.Port));
        Assert.Equal("z9hG4bK776asdhds", first.Branch);
        Assert.True(first.HasRfc3261Branch);
        Assert.True(first.HasRport);
        Assert.Null(first.Rport);
        Assert.Equal("10.0.0.1", first.Received);
        Assert.Equal("224.2.0.1", first.Maddr);
        Assert.Equal(16, first.Ttl);
        Assert.Equal("a b", first.Parameters["x-custom"]);
        Assert.Equal("\"a b\"", first.Parameters.TryGetRaw("x-custom", out var raw) ? raw : null);
        Assert.Equal(("TCP", "[2001:db8::1]", (int?)5070, (int?)5071), (vias[1].Transport, vias[1].Host, vias[1].Port, vias[1].Rport));
    }

    [Fact]
    public void Via_round_trips_after_setting_received_and_rport()
    {
        var via = ViaHeader.ParseList("SIP/2.0/UDP client.example.com;branch=z9hG4bK1;rport")[0];
        via.Parameters.Set("received", "192.0.2.7");
        via.Parameters.Set("rport", "40123");
        Assert.Equal("SIP/2.0/UDP client.example.com;branch=z9hG4bK1;rport=40123;received=192.0.2.7", via.ToString());
        Assert.Equal(40123, via.Rport);
        Assert.Equal("SIP/2.0/TCP h:5060;branch=z9hG4bKx", new ViaHeader("TCP", "h", 5060, "z9hG4bKx").ToString());
    }

    [Theory]
    [InlineData("SIP/2.0/UDP")]
    [InlineData("SIP/2.0/UDP host;;branch=z9hG4bK1")]
    [InlineData("SIP/2.0/UDP host;branch=")]
    [InlineData("SIP/2.0/UDP host;branch")]
    [InlineData("SIP/2.0/UDP host;ttl=256")]
    [InlineData("SIP/2.0/UDP host;rport=70000")]
    [InlineData("SIP/2.0/UDP host:port")]
    [InlineData("SIP/2.0 UDP host")]
    [InlineData("SIP/2.0/UDP host,")]
    public void Via_rejects_malformed_values(string value) =>
        Assert.Throws<SipFormatException>(() => ViaHeader.ParseList(value));

    [Theory]
    [InlineData("\"Alice \\\"A\\\" Liddell\" <sip:alice@example.com>;tag=1928", "Alice \"A\" Liddell", "sip:alice@example.com", "1928")]
    [InlineData("Bob Smith <sip:bob@example.com>", "Bob Smith", "sip:bob@example.com", null)]
    [InlineData("<sip:carol@example.com;transport=tcp>;tag=x", null, "sip:carol@example.com;transport=tcp", "x")]
    [InlineData("sip:dave@example.com;tag=99", null, "sip:dave@example.com", "99")]
    [InlineData("  sip:erin@example.com  ;  tag = 7  ", null, "sip:erin@example.com", "7")]
    [InlineData("\"\" <tel:+123>", "", "tel:+123", null)]
    [InlineData("\"张三\" <sip:8001@hotline.example>", "张三", "sip:8001@hotline.example", null)]
    public void Name_addr_and_addr_spec_parse(string value, string? displayName, string uri, string? tag)
    {
        var address = NameAddress.Parse(value);
        Assert.Equal(displayName, address.DisplayName);
        Assert.Equal(uri, address.Uri.ToString());
        Assert.Equal(tag, address.Tag);
        var again = NameAddress.Parse(address.ToString());
        Assert.Equal(address.ToString(), again.ToString());
    }

    [Theory]
    [InlineData("\"unterminated <sip:a@b>")]
    [InlineData("Bell, Alexander <sip:a@b>")]
    [InlineData("< sip:a@b >")]
    [InlineData("<sip:a@b")]
    [InlineData("sip:a@b?Route=x")]
    [InlineData("<sip:a@b>;;tag=1")]
    [InlineData("<sip:a@b>;tag=")]
    [InlineData("<sip:a@b> trailing")]
    [InlineData("")]
    public void Name_addr_rejects_malformed_values(string value) =>
        Assert.Throws<SipFormatException>(() => NameAddress.Parse(value));

    [Fact]
    public void Contact_lists_split_on_commas_outside_quotes_and_brackets()
    {
        var contacts = ContactHeader.ParseList("\"Doe, John\" <sip:john,doe@a.example;x=1>;q=0.7;expires=3600, sip:jd@b.example;q=1, <sip:j@c.example?Subject=a%2Cb>");
        Assert.Equal(3, contacts.Count);
        Assert.Equal("Doe, John", contacts[0].Address!.DisplayName);
        Assert.Equal("john,doe", ((SipUri)contacts[0].Uri!).User);
        Assert.Equal(0.7, contacts[0].Q);
        Assert.Equal(3600u, contacts[0].Expires);
        Assert.Equal(1.0, contacts[1].Q);
        Assert.Equal("a,b", ((SipUri)contacts[2].Uri!).Headers["Subject"]);
        Assert.True(Assert.Single(ContactHeader.ParseList(" * ")).IsWildcard);
        Assert.Throws<SipFormatException>(() => ContactHeader.ParseList("<sip:a@b>;expires=4294967296"));
        Assert.Throws<SipFormatException>(() => ContactHeader.ParseList("<sip:a@b>;q=1.5"));
    }

    [Fact]
    public void CSeq_is_32_bit_unsigned()
    {
        Assert.Equal(new CSeqHeader(4294967295, "INVITE"), CSeqHeader.Parse("4294967295 INVITE"));
        Assert.Equal(new CSeqHeader(9, "ACK"), CSeqHeader.Parse(" 0009   ACK "));
        Assert.Throws<SipFormatException>(() => CSeqHeader.Parse("4294967296 INVITE"));
        Assert.Throws<SipFormatException>(() => CSeqHeader.Parse("1INVITE"));
        Assert.Throws<SipFormatException>(() => CSeqHeader.Parse("-1 INVITE"));
        Assert.Throws<SipFormatException>(() => CSeqHeader.Parse("1 INVITE extra"));
    }

    [Fact]
    public void Authentication_headers_keep_scheme_and_params()
    {
        var challenge = AuthenticationHeader.Parse("Digest realm=\"hotline\", nonce=\"abc,def\", algorithm=SHA-256, qop=\"auth\", stale=true");
        Assert.True(challenge.IsDigest);
        Assert.Equal("hotline", challenge.Parameters["realm"]);
        Assert.Equal("abc,def", challenge.Parameters["nonce"]);
        Assert.Equal("SHA-256", challenge.Parameters["algorithm"]);
        Assert.Equal("auth", challenge.Parameters["qop"]);
        Assert.Equal("true", challenge.Parameters["stale"]);
        Assert.Equal("Digest realm=\"hotline\", nonce=\"abc,def\", algorithm=SHA-256, qop=\"auth\", stale=true", challenge.ToString());
        var credentials = AuthenticationHeader.Parse("Digest username=\"8001\", uri=sip:hotline.example, response=\"0123\"");
        Assert.Equal("sip:hotline.example", credentials.Parameters["uri"]);
        var opaque = AuthenticationHeader.Parse("Bearer mF_9.B5f-4.1JqM");
        Assert.Equal("mF_9.B5f-4.1JqM", opaque.Token);
        Assert.Empty(opaque.Parameters);
    }

    [Fact]
    public void Event_replaces_and_media_type_parse()
    {
        var ev = EventHeader.Parse("refer;id=93809824");
        Assert.Equal(("refer", "93809824"), (ev.Package, ev.Id));
        var replaces = ReplacesHeader.Parse("425928@bobster.example.org;to-tag=7743;from-tag=6472;early-only");
        Assert.Equal(("425928@bobster.example.org", "7743", "6472", true), (replaces.CallId, replaces.ToTag, replaces.FromTag, replaces.EarlyOnly));
        Assert.Throws<SipFormatException>(() => ReplacesHeader.Parse("abc;to-tag=1"));
        var type = MediaType.Parse("multipart/mixed ; boundary=\"x y\"");
        Assert.Equal("multipart/mixed", type.MediaRange);
        Assert.Equal("x y", type.Parameters["boundary"]);
    }
}
