using System.Text;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class ResponseBuilderTests
{
    private static SipRequest Request(string to = "Bob <sip:bob@biloxi.example>") =>
        SipMessageParser.Parse(Encoding.UTF8.GetBytes(
            "INVITE sip:bob@biloxi.example SIP/2.0\r\n" +
            "Via: SIP/2.0/UDP pc33.atlanta.example;branch=z9hG4bKnashds8;received=192.0.2.1\r\n" +
            "v: SIP/2.0/UDP p1.example;branch=z9hG4bK1, SIP/2.0/TCP p0.example;branch=z9hG4bK0\r\n" +
            "Max-Forwards: 70\r\n" +
            $"To: {to}\r\n" +
            "From: Alice <sip:alice@atlanta.example>;tag=1928301774\r\n" +
            "Call-ID: a84b4c76e66710\r\n" +
            "CSeq: 314159 INVITE\r\n" +
            "Timestamp: 54\r\n" +
            "Contact: <sip:alice@pc33.atlanta.example>\r\n" +
            "Content-Length: 0\r\n\r\n")).Request!;

    [Fact]
    public void Copies_via_from_to_call_id_and_cseq()
    {
        var request = Request();
        var response = SipResponse.CreateFor(request, 486, toTag: "b1");
        Assert.Equal(486, response.StatusCode);
        Assert.Equal("Busy Here", response.ReasonPhrase);
        Assert.Equal(request.Vias.Select(v => v.ToString()), response.Vias.Select(v => v.ToString()));
        Assert.Equal(3, response.Vias.Count);
        Assert.Equal(request.Headers.GetFirst("From"), response.Headers.GetFirst("From"));
        Assert.Equal("Bob <sip:bob@biloxi.example>;tag=b1", response.Headers.GetFirst("To"));
        Assert.Equal("a84b4c76e66710", response.CallId);
        Assert.Equal(request.CSeq, response.CSeq);
        Assert.Null(response.Headers.GetFirst("Timestamp"));
        Assert.Empty(response.Contacts);
        Assert.True(SipMessageParser.Parse(SipMessageSerializer.Serialize(response)).IsSuccess);
    }

    [Fact]
    public void Trying_has_no_to_tag_and_echoes_timestamp()
    {
        var response = SipResponse.CreateFor(Request(), 100);
        Assert.Equal("Trying", response.ReasonPhrase);
        Assert.Null(response.To!.Tag);
        Assert.Equal("54", response.Headers.GetFirst("Timestamp"));
    }

    [Fact]
    public void Existing_to_tag_is_kept_and_a_missing_one_is_generated()
    {
        Assert.Equal("x", SipResponse.CreateFor(Request("<sip:bob@biloxi.example>;tag=x"), 200, toTag: "y").To!.Tag);
        var generated = SipResponse.CreateFor(Request(), 180).To!.Tag;
        Assert.False(string.IsNullOrEmpty(generated));
        Assert.NotEqual(generated, SipResponse.CreateFor(Request(), 180).To!.Tag);
    }

    [Theory]
    [InlineData(200, "OK")]
    [InlineData(401, "Unauthorized")]
    [InlineData(416, "Unsupported URI Scheme")]
    [InlineData(420, "Bad Extension")]
    [InlineData(481, "Call/Transaction Does Not Exist")]
    [InlineData(505, "Version Not Supported")]
    [InlineData(499, "Client Error")]
    public void Default_reason_phrases(int code, string phrase) => Assert.Equal(phrase, SipReasonPhrases.For(code));

    [Fact]
    public void Custom_reason_and_range_check()
    {
        Assert.Equal("Nope", SipResponse.CreateFor(Request(), 403, "Nope").ReasonPhrase);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SipResponse(700));
    }
}
