using System.Text;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class SerializerTests
{
    private static SipRequest BuildRequest()
    {
        var request = new SipRequest(SipMethods.Invite, new SipUri("hotline.example", "12328"));
        request.AddTopVia(new ViaHeader("UDP", "192.0.2.1", 5060, SipIdentifiers.NewBranch()));
        request.Headers.Add("Max-Forwards", "70");
        request.Headers.Add("f", new NameAddress(new SipUri("example.com", "张三"), "张三") { Tag = "abc" }.ToString());
        request.Headers.Add("t", "<sip:12328@hotline.example>");
        request.Headers.Add("i", SipIdentifiers.NewCallId("192.0.2.1"));
        request.Headers.Add("CSeq", "1 INVITE");
        request.Headers.Add("Content-Length", "999");
        request.Headers.Add("c", "application/sdp");
        request.Body = "v=0\r\n"u8.ToArray();
        return request;
    }

    [Fact]
    public void Writes_crlf_lines_and_the_real_content_length()
    {
        var text = Encoding.UTF8.GetString(SipMessageSerializer.Serialize(BuildRequest()));
        Assert.StartsWith("INVITE sip:12328@hotline.example SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK", text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Length: 5\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("999", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nv=0\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_the_parser()
    {
        var request = BuildRequest();
        var parsed = SipMessageParser.Parse(SipMessageSerializer.Serialize(request)).Request!;
        Assert.Equal(request.Method, parsed.Method);
        Assert.Equal(request.RequestUri, parsed.RequestUri);
        Assert.Equal("张三", parsed.From!.DisplayName);
        Assert.Equal("张三", ((SipUri)parsed.From.Uri).User);
        Assert.Equal(request.CallId, parsed.CallId);
        Assert.Equal(request.TopVia!.Branch, parsed.TopVia!.Branch);
        Assert.Equal(5, parsed.ContentLength);
        Assert.Equal(request.Body.ToArray(), parsed.Body.ToArray());
        Assert.Equal(SipMessageSerializer.Serialize(parsed), SipMessageSerializer.Serialize(request));
    }

    [Fact]
    public void Header_name_styles()
    {
        var request = BuildRequest();
        var canonical = SipMessageSerializer.ToText(request, SipHeaderNameStyle.Canonical);
        Assert.Contains("\r\nFrom: ", canonical, StringComparison.Ordinal);
        Assert.Contains("\r\nCall-ID: ", canonical, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: ", canonical, StringComparison.Ordinal);
        var compact = SipMessageSerializer.ToText(request, SipHeaderNameStyle.Compact);
        Assert.Contains("\r\nv: ", compact, StringComparison.Ordinal);
        Assert.Contains("\r\nl: 5\r\n", compact, StringComparison.Ordinal);
        Assert.Contains("\r\nMax-Forwards: ", compact, StringComparison.Ordinal);
        var original = SipMessageSerializer.ToText(request);
        Assert.Contains("\r\nf: ", original, StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_content_length_when_missing_and_writes_binary_bodies_verbatim()
    {
        var response = new SipResponse(200);
        response.Headers.Add("Via", "SIP/2.0/UDP h;branch=z9hG4bK1");
        response.Body = new byte[] { 0, 1, 2, 255, 13, 10 };
        var bytes = SipMessageSerializer.Serialize(response);
        var text = Encoding.ASCII.GetString(bytes);
        Assert.StartsWith("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nContent-Length: 6\r\n\r\n", text, StringComparison.Ordinal);
        Assert.Equal(response.Body.ToArray(), bytes[^6..]);
    }
}
