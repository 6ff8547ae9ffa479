using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpOfferBuilderTests
{
    private static readonly IPAddress Local = IPAddress.Parse("192.0.2.10");

    private static LocalAudioEndpoint Endpoint => new(Local, 20000);

    [Fact]
    public void Builds_the_default_offer()
    {
        var session = new LocalSdpSession(Local, sessionId: 4242);
        var offer = SdpOfferBuilder.Build(Endpoint, session);
        Assert.Equal(
            SdpSamples.Crlf("""
                v=0
                o=hotline 4242 4242 IN IP4 192.0.2.10
                s=Hotline
                c=IN IP4 192.0.2.10
                t=0 0
                m=audio 20000 RTP/AVP 0 8 101
                a=rtpmap:0 PCMU/8000
                a=rtpmap:8 PCMA/8000
                a=rtpmap:101 telephone-event/8000
                a=fmtp:101 0-16
                a=ptime:20
                a=sendrecv

                """),
            offer.ToString());
    }

    [Fact]
    public void Honours_codec_order_dtmf_payload_type_direction_and_rtcp_port()
    {
        var endpoint = Endpoint with
        {
            Codecs = [AudioCodec.Pcma],
            TelephoneEventPayloadType = 96,
            TelephoneEvents = "0-15",
            Direction = SdpDirection.SendOnly,
            Ptime = 30,
            RtcpPort = 20011,
        };
        var audio = SdpOfferBuilder.Build(endpoint, new LocalSdpSession(Local)).Media[0];
        Assert.Equal(["8", "96"], audio.Formats);
        Assert.Equal("0-15", audio.Attributes.GetFmtp("96")!.Parameters);
        Assert.Equal(SdpDirection.SendOnly, audio.Attributes.Direction);
        Assert.Equal(30, audio.Attributes.Ptime);
        Assert.Equal(20011, audio.Attributes.Rtcp!.Port);
    }

    [Fact]
    public void Can_offer_without_dtmf_with_rtcp_mux_and_over_ipv6()
    {
        var v6 = IPAddress.Parse("2001:db8::10");
        var offer = SdpOfferBuilder.Build(new LocalAudioEndpoint(v6, 30000) { TelephoneEventPayloadType = null, RtcpMux = true }, new LocalSdpSession(v6));
        Assert.Equal(new SdpConnection("IN", "IP6", "2001:db8::10"), offer.Connection);
        Assert.Equal("IP6", offer.Origin.AddressType);
        Assert.Equal(["0", "8"], offer.Media[0].Formats);
        Assert.True(offer.Media[0].Attributes.RtcpMux);
    }

    [Fact]
    public void Session_version_grows_with_each_changed_offer_and_stays_for_an_unchanged_one()
    {
        // RFC 3264 §8: same session id for the dialog; version + 1 per modified offer, unchanged when resent as is.
        var session = new LocalSdpSession(Local, sessionId: 1000);
        var first = SdpOfferBuilder.Build(Endpoint, session);
        var refresh = SdpOfferBuilder.Build(Endpoint, session);
        var hold = SdpOfferBuilder.Build(Endpoint with { Direction = SdpDirection.SendOnly }, session);
        var resume = SdpOfferBuilder.Build(Endpoint, session);

        Assert.Equal(["1000", "1000", "1001", "1002"], new[] { first, refresh, hold, resume }.Select(o => o.Origin.SessionVersion));
        Assert.All(new[] { first, refresh, hold, resume }, o => Assert.Equal("1000", o.Origin.SessionId));
        Assert.Equal(resume.Origin, session.Current);
    }

    [Fact]
    public void Random_session_ids_differ_and_fit_in_a_signed_64_bit_number()
    {
        var a = new LocalSdpSession(Local).Initial.SessionId;
        var b = new LocalSdpSession(Local).Initial.SessionId;
        Assert.NotEqual(a, b);
        Assert.True(long.TryParse(a, out _));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(0)]
    [InlineData(128)]
    public void Rejects_a_non_dynamic_or_clashing_telephone_event_payload_type(int pt) =>
        Assert.Throws<ArgumentException>(() => SdpOfferBuilder.Build(Endpoint with { TelephoneEventPayloadType = pt }, new LocalSdpSession(Local)));

    [Fact]
    public void Rejects_an_endpoint_without_codecs_or_port()
    {
        Assert.Throws<ArgumentException>(() => SdpOfferBuilder.Build(Endpoint with { Codecs = [] }, new LocalSdpSession(Local)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SdpOfferBuilder.Build(Endpoint with { RtpPort = 0 }, new LocalSdpSession(Local)));
    }

    [Fact]
    public void The_offer_parses_back_to_the_same_text()
    {
        var offer = SdpOfferBuilder.Build(Endpoint, new LocalSdpSession(Local));
        Assert.Equal(offer.ToString(), SdpParser.Parse(SdpSerializer.SerializeToUtf8(offer)).ToString());
    }
}
