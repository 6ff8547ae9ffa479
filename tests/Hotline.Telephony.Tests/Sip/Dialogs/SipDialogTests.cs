using System.Net;
using System.Text;
using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Dialogs;

[Trait("Category", "Unit")]
public sealed class SipDialogTests
{
    private static readonly SipRemote Peer = new(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, 5070));
    private static readonly NameAddress OurContact = NameAddress.Parse("<sip:hotline@127.0.0.1:5060>");

    private static SipRequest Invite(string extraHeaders = "") => (SipRequest)SipMessageParser.Parse(Encoding.ASCII.GetBytes(
        "INVITE sip:12328@127.0.0.1 SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKaaa\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: \"Caller\" <sip:13800138000@127.0.0.1>;tag=caller1\r\n" +
        "To: <sip:12328@127.0.0.1>\r\n" +
        "Call-ID: dialog-test@127.0.0.1\r\n" +
        "CSeq: 10 INVITE\r\n" +
        "Contact: <sip:caller@127.0.0.1:5070>\r\n" +
        extraHeaders +
        "Content-Length: 0\r\n\r\n")).Message!;

    [Fact]
    public void Uas_dialog_takes_identity_target_and_route_set_from_the_request()
    {
        var invite = Invite("Record-Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\r\n");
        var ok = SipResponse.CreateFor(invite, 200, toTag: "ours1");

        var dialog = SipDialog.CreateAsUas(invite, ok, Peer);

        Assert.Equal(new SipDialogId("dialog-test@127.0.0.1", "ours1", "caller1"), dialog.Id);
        Assert.Equal(SipDialogState.Confirmed, dialog.State);
        Assert.Equal("sip:caller@127.0.0.1:5070", dialog.RemoteTarget.ToString());
        Assert.Equal(["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"], dialog.RouteSet.Select(r => r.ToString()));
        Assert.Equal(10u, dialog.RemoteSequence);
    }

    [Fact]
    public void In_dialog_request_carries_tags_next_cseq_and_loose_routes()
    {
        var invite = Invite("Record-Route: <sip:p1.example.com;lr>\r\n");
        var dialog = SipDialog.CreateAsUas(invite, SipResponse.CreateFor(invite, 200, toTag: "ours1"), Peer);

        var bye = dialog.CreateRequest(SipMethods.Bye, OurContact);
        var second = dialog.CreateRequest(SipMethods.Bye, OurContact);

        Assert.Equal("sip:caller@127.0.0.1:5070", bye.RequestUri.ToString());
        Assert.Equal("ours1", bye.From!.Tag);
        Assert.Equal("caller1", bye.To!.Tag);
        Assert.Equal(new CSeqHeader(1, SipMethods.Bye), bye.CSeq);
        Assert.Equal(new CSeqHeader(2, SipMethods.Bye), second.CSeq);
        Assert.Equal(["<sip:p1.example.com;lr>"], bye.Routes.Select(r => r.ToString()));
    }

    [Fact]
    public void Strict_router_in_route_set_becomes_the_request_uri()
    {
        var invite = Invite("Record-Route: <sip:strict.example.com>\r\n");
        var dialog = SipDialog.CreateAsUas(invite, SipResponse.CreateFor(invite, 200, toTag: "t"), Peer);

        var bye = dialog.CreateRequest(SipMethods.Bye, OurContact);

        Assert.Equal("sip:strict.example.com", bye.RequestUri.ToString());
        Assert.Equal("sip:caller@127.0.0.1:5070", bye.Routes[^1].Uri.ToString());
    }

    [Fact]
    public void Uac_dialog_reverses_record_route_and_targets_the_response_contact()
    {
        var invite = Invite();
        var ringing = SipResponse.CreateFor(invite, 180, toTag: "callee9");
        ringing.Headers.Add(SipHeaderNames.RecordRoute, "<sip:a.example.com;lr>, <sip:b.example.com;lr>");
        var ok = SipResponse.CreateFor(invite, 200, toTag: "callee9");
        ok.Headers.Add(SipHeaderNames.Contact, "<sip:agent@10.0.0.9:5062>");
        ok.Headers.Add(SipHeaderNames.RecordRoute, "<sip:a.example.com;lr>, <sip:b.example.com;lr>");

        var dialog = SipDialog.CreateAsUac(invite, ringing, Peer);
        Assert.Equal(SipDialogState.Early, dialog.State);
        dialog.Confirm(ok);

        Assert.Equal(SipDialogState.Confirmed, dialog.State);
        Assert.Equal(new SipDialogId("dialog-test@127.0.0.1", "caller1", "callee9"), dialog.Id);
        Assert.Equal("sip:agent@10.0.0.9:5062", dialog.RemoteTarget.ToString());
        Assert.Equal(["<sip:b.example.com;lr>", "<sip:a.example.com;lr>"], dialog.RouteSet.Select(r => r.ToString()));
        var ack = dialog.CreateAck(10, OurContact);
        Assert.Equal(new CSeqHeader(10, SipMethods.Ack), ack.CSeq);
        Assert.Equal(new CSeqHeader(11, SipMethods.Bye), dialog.CreateRequest(SipMethods.Bye, OurContact).CSeq);
    }

    [Fact]
    public void Out_of_order_cseq_is_refused_with_500_and_reinvite_refreshes_the_target()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, SipResponse.CreateFor(invite, 200, toTag: "t"), Peer);
        var reinvite = Invite().Clone(cseq: 11, contact: "<sip:caller@127.0.0.1:6000>");

        dialog.AcceptRequest(reinvite);
        var error = Assert.Throws<SipDialogException>(() => dialog.AcceptRequest(Invite().Clone(cseq: 11, contact: null)));

        Assert.Equal("sip:caller@127.0.0.1:6000", dialog.RemoteTarget.ToString());
        Assert.Equal(500, error.StatusCode);
        Assert.Contains("CSeq 11", error.Message, StringComparison.Ordinal);
    }
}

internal static class RequestCloning
{
    public static SipRequest Clone(this SipRequest request, uint cseq, string? contact)
    {
        request.Headers.Set(SipHeaderNames.CSeq, new CSeqHeader(cseq, request.Method).ToString());
        if (contact is not null)
        {
            request.Headers.Set(SipHeaderNames.Contact, contact);
        }

        // Re-parse so cached typed headers reflect the edits.
        return (SipRequest)SipMessageParser.Parse(SipMessageSerializer.Serialize(request)).Message!;
    }
}
