using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class HeaderCollectionTests
{
    [Theory]
    [InlineData("i", "Call-ID")]
    [InlineData("m", "Contact")]
    [InlineData("e", "Content-Encoding")]
    [InlineData("l", "Content-Length")]
    [InlineData("c", "Content-Type")]
    [InlineData("f", "From")]
    [InlineData("s", "Subject")]
    [InlineData("k", "Supported")]
    [InlineData("t", "To")]
    [InlineData("V", "Via")]
    [InlineData("o", "Event")]
    [InlineData("u", "Allow-Events")]
    [InlineData("r", "Refer-To")]
    [InlineData("b", "Referred-By")]
    [InlineData("x", "Session-Expires")]
    [InlineData("y", "Identity")]
    [InlineData("cAlL-iD", "Call-ID")]
    [InlineData("X-Unknown", "X-Unknown")]
    public void Compact_and_odd_case_names_map_to_canonical(string name, string canonical) =>
        Assert.Equal(canonical, SipHeaderNames.Canonicalize(name));

    [Fact]
    public void Lookup_is_case_insensitive_and_keeps_order_and_spelling()
    {
        var headers = new SipHeaderCollection();
        headers.Add("v", "SIP/2.0/UDP a;branch=z9hG4bK1, SIP/2.0/UDP b;branch=z9hG4bK2");
        headers.Add("X-Odd", "1");
        headers.Add("VIA", "SIP/2.0/TCP c;branch=z9hG4bK3");
        headers.Add("x-odd", "2");
        Assert.Equal(2, headers.CountOf("Via"));
        Assert.Equal(["SIP/2.0/UDP a;branch=z9hG4bK1", "SIP/2.0/UDP b;branch=z9hG4bK2", "SIP/2.0/TCP c;branch=z9hG4bK3"], headers.GetValues("via"));
        Assert.Equal(["1", "2"], headers.GetValues("X-ODD"));
        Assert.Equal("v", headers[0].Name);
        Assert.Equal("Via", headers.CanonicalNameAt(2));
        headers.Set("x-odd", "3");
        Assert.Equal(["3"], headers.GetAll("X-Odd"));
        Assert.Equal(2, headers.Remove("Via"));
        Assert.Single(headers);
    }

    [Fact]
    public void List_values_split_on_commas_outside_quotes_and_angle_brackets()
    {
        var headers = new SipHeaderCollection();
        headers.Add("Contact", "\"a, \\\"b\\\"\" <sip:x@y>;q=0.1, <sip:p,q@r?h=a,b> , sip:z@w");
        headers.Add("Subject", "hello, world");
        Assert.Equal(["\"a, \\\"b\\\"\" <sip:x@y>;q=0.1", "<sip:p,q@r?h=a,b>", "sip:z@w"], headers.GetValues("m"));
        Assert.Equal(["hello, world"], headers.GetValues("s"));
    }

    [Fact]
    public void Typed_views_follow_header_changes()
    {
        var request = new SipRequest("OPTIONS", SipUri.Parse("sip:a@b"));
        request.Headers.Add("Max-Forwards", "70");
        Assert.Equal(70, request.MaxForwards);
        request.Headers.Set("Max-Forwards", "69");
        Assert.Equal(69, request.MaxForwards);
        request.AddTopVia(new ViaHeader("UDP", "b", null, "z9hG4bK2"));
        request.Headers.Insert(0, "Via", "SIP/2.0/UDP a;branch=z9hG4bK1, SIP/2.0/UDP c;branch=z9hG4bK0");
        Assert.Equal(["a", "c", "b"], request.Vias.Select(v => v.Host));
        Assert.True(request.RemoveTopVia());
        Assert.Equal(["c", "b"], request.Vias.Select(v => v.Host));
        var top = request.TopVia!;
        top.Parameters.Set("received", "192.0.2.1");
        request.ReplaceTopVia(top);
        Assert.Equal("192.0.2.1", request.TopVia!.Received);
        Assert.Equal(2, request.Vias.Count);
    }

    [Fact]
    public void Option_tag_lists_are_split()
    {
        var request = new SipRequest("INVITE", SipUri.Parse("sip:a@b"));
        request.Headers.Add("Supported", "replaces, timer");
        request.Headers.Add("k", "100rel");
        request.Headers.Add("Allow", "INVITE,ACK , BYE");
        request.Headers.Add("Require", "");
        Assert.Equal(["replaces", "timer", "100rel"], request.Supported);
        Assert.Equal(["INVITE", "ACK", "BYE"], request.Allow);
        Assert.Empty(request.Require);
        Assert.Empty(request.Unsupported);
    }
}
