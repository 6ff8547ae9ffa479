using System.Text;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class SipMessageParserTests
{
    private const string Invite =
        "INVITE sip:12328@hotline.example SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: \"Citizen\" <sip:+8613800000000@carrier.example>;tag=9fxced76sl\r\n" +
        "To: <sip:12328@hotline.example>\r\n" +
        "Call-ID: 3848276298220188511@192.0.2.10\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "Contact: <sip:+8613800000000@192.0.2.10:5060>\r\n" +
        "P-Asserted-Identity: <tel:+8613800000000>, \"C\" <sip:+8613800000000@carrier.example>\r\n" +
        "Refer-To: <sip:8002@hotline.example?Replaces=abc%40h%3Bto-tag%3D1%3Bfrom-tag%3D2>\r\n" +
        "Event: refer\r\n" +
        "Expires: 120\r\n" +
        "Content-Type: application/sdp\r\n" +
        "Content-Length: 4\r\n" +
        "\r\n" +
        "v=0\n";

    private static SipParseResult Parse(string text, SipParserOptions? options = null) =>
        SipMessageParser.Parse(Encoding.UTF8.GetBytes(text), options);

    [Fact]
    public void Parses_a_typical_invite()
    {
        var result = Parse(Invite);
        var request = Assert.IsType<SipRequest>(result.Message);
        Assert.Equal("INVITE", request.Method);
        Assert.Equal("12328", ((SipUri)request.RequestUri).User);
        Assert.Equal("9fxced76sl", request.From!.Tag);
        Assert.Null(request.To!.Tag);
        Assert.Equal("3848276298220188511@192.0.2.10", request.CallId);
        Assert.Equal(new CSeqHeader(1, "INVITE"), request.CSeq);
        Assert.Equal(70, request.MaxForwards);
        Assert.Equal(120u, request.Expires);
        Assert.Equal(2, request.PAssertedIdentities.Count);
        Assert.IsType<TelUri>(request.PAssertedIdentities[0].Uri);
        var referTo = Assert.IsType<SipUri>(request.ReferTo!.Uri);
        var replaces = ReplacesHeader.Parse(referTo.Headers["Replaces"]!);
        Assert.Equal(("abc@h", "1", "2"), (replaces.CallId, replaces.ToTag, replaces.FromTag));
        Assert.Equal("refer", request.Event!.Package);
        Assert.Equal("v=0\n"u8.ToArray(), request.Body.ToArray());
    }

    [Fact]
    public void Compact_forms_and_folding_are_understood()
    {
        var text = "OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP h\r\n ;branch=z9hG4bK1\r\nf: <sip:c@d>\r\n\t;tag=1\r\nt: sip:a@b\r\ni: x\r\nCSeq: 2\r\n  OPTIONS\r\nl: 0\r\n\r\n";
        var message = Parse(text).Message!;
        Assert.Equal("z9hG4bK1", message.TopVia!.Branch);
        Assert.Equal("1", message.From!.Tag);
        Assert.Equal("<sip:c@d> ;tag=1", message.Headers.GetFirst("From"));
        Assert.Equal(2u, message.CSeq!.Number);
    }

    [Fact]
    public void Leading_crlfs_are_ignored_and_bare_crlfs_are_keep_alives()
    {
        Assert.True(Parse("\r\n\r\n").IsKeepAlive);
        Assert.True(Parse("\r\n\r\n" + Invite).IsSuccess);
    }

    [Fact]
    public void Missing_content_length_is_an_error_on_streams_only()
    {
        var noLength = Invite.Replace("Content-Length: 4\r\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(4, Parse(noLength).Message!.Body.Length);
        var error = Parse(noLength, SipParserOptions.Stream).Error!;
        Assert.Equal(SipParseErrorKind.MissingHeader, error.Kind);
        Assert.Equal("Content-Length", error.HeaderName);
    }

    [Theory]
    [InlineData("Max-Forwards: 70", "Max-Forwards: 256", "Max-Forwards")]
    [InlineData("CSeq: 1 INVITE", "CSeq: 4294967296 INVITE", "CSeq")]
    [InlineData("Expires: 120", "Expires: 4294967296", "Expires")]
    [InlineData("Content-Length: 4", "Content-Length: 5", "Content-Length")]
    [InlineData("Content-Length: 4", "Content-Length: four", "Content-Length")]
    [InlineData("Call-ID: 3848276298220188511@192.0.2.10", "Call-ID: a b", "Call-ID")]
    [InlineData("Content-Type: application/sdp", "Content-Type: application", "Content-Type")]
    public void Malformed_core_headers_get_400_naming_the_header(string original, string replacement, string header)
    {
        var error = Parse(Invite.Replace(original, replacement, StringComparison.Ordinal)).Error!;
        Assert.Equal(400, error.StatusCode);
        Assert.Equal(header, error.HeaderName);
        Assert.Contains(header, error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_line_without_colon_is_rejected_with_context()
    {
        var error = Parse(Invite.Replace("Max-Forwards: 70", "Max-Forwards 70", StringComparison.Ordinal)).Error!;
        Assert.Equal(SipParseErrorKind.HeaderLine, error.Kind);
        var response = error.CreateResponse("t1")!;
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("t1", response.To!.Tag);
        Assert.Equal("9fxced76sl", response.From!.Tag);
        Assert.Equal("SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;rport", response.Headers.GetFirst("Via"));
    }

    [Fact]
    public void Bad_version_gets_505_with_a_response()
    {
        var error = Parse(Invite.Replace("SIP/2.0\r\n", "SIP/3.0\r\n", StringComparison.Ordinal)).Error!;
        Assert.Equal(505, error.StatusCode);
        Assert.Equal(505, error.CreateResponse()!.StatusCode);
        Assert.Equal(400, Parse(Invite.Replace("SIP/2.0\r\n", "SIP/2\r\n", StringComparison.Ordinal)).Error!.StatusCode);
    }

    [Theory]
    [InlineData("SIP/2.0 99 Low\r\n")]
    [InlineData("SIP/2.0 700 High\r\n")]
    [InlineData("SIP/2.0 2000 OK\r\n")]
    [InlineData("SIP/2.1 200 OK\r\n")]
    public void Bad_status_lines_are_dropped(string statusLine)
    {
        var response = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nTo: <sip:a@b>;tag=2\r\nFrom: <sip:c@d>;tag=1\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        Assert.True(Parse(response).IsSuccess);
        var error = Parse(statusLine + response[(response.IndexOf('\n', StringComparison.Ordinal) + 1)..]).Error!;
        Assert.False(error.ShouldRespond);
        Assert.Null(error.CreateResponse());
    }

    [Fact]
    public void Tel_request_uri_is_accepted_and_unknown_scheme_is_opaque()
    {
        Assert.IsType<TelUri>(Parse(Invite.Replace("INVITE sip:12328@hotline.example", "INVITE tel:12328", StringComparison.Ordinal)).Request!.RequestUri);
        Assert.IsType<OpaqueUri>(Parse(Invite.Replace("INVITE sip:12328@hotline.example", "INVITE im:12328@hotline.example", StringComparison.Ordinal)).Request!.RequestUri);
    }
}
