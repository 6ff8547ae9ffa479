using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpAnswererTests
{
    private static readonly IPAddress Local = IPAddress.Parse("192.0.2.10");

    private static LocalAudioEndpoint Endpoint => new(Local, 20000);

    private static SdpAnswerResult Answer(string offer, LocalAudioEndpoint? endpoint = null) =>
        SdpAnswerer.Answer(SdpParser.Parse(offer), endpoint ?? Endpoint, new LocalSdpSession(Local, sessionId: 77));

    private static string Offer(string media, string session = "c=IN IP4 198.51.100.7\n") =>
        $"v=0\no=peer 1 1 IN IP4 198.51.100.7\ns=-\n{session}t=0 0\n{media}";

    [Fact]
    public void Answers_sipp_with_pcmu_and_telephone_event_101()
    {
        var result = Answer(SdpSamples.Sipp);
        Assert.True(result.IsAccepted);
        var audio = result.Audio!;
        Assert.Equal(new RtpPayloadFormat(0, "PCMU", 8000), audio.Codec);
        Assert.Equal(101, audio.TelephoneEvent!.PayloadType);
        Assert.Equal(101, audio.ReceiveTelephoneEventPayloadType);
        Assert.Equal("0-11,16", audio.TelephoneEvents);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 6000), audio.RemoteRtpEndPoint);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 6001), audio.RemoteRtcpEndPoint);
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        Assert.Equal(20, audio.Ptime);
        Assert.False(audio.RemoteHold);
        Assert.Equal(0, audio.MediaIndex);
        Assert.Equal(
            SdpSamples.Crlf("""
                v=0
                o=hotline 77 77 IN IP4 192.0.2.10
                s=Hotline
                c=IN IP4 192.0.2.10
                t=0 0
                m=audio 20000 RTP/AVP 0 101
                a=rtpmap:0 PCMU/8000
                a=rtpmap:101 telephone-event/8000
                a=fmtp:101 0-11,16
                a=ptime:20
                a=sendrecv

                """),
            result.Answer.ToString());
    }

    [Fact]
    public void Keeps_the_offerers_telephone_event_payload_type_96()
    {
        var result = Answer(SdpSamples.SippPt96);
        Assert.Equal(new RtpPayloadFormat(8, "PCMA", 8000), result.Audio!.Codec);
        Assert.Equal(96, result.Audio.TelephoneEvent!.PayloadType);
        Assert.Equal(["8", "96"], result.Answer.Media[0].Formats);
        Assert.Equal("0-15", result.Answer.Media[0].Attributes.GetFmtp("96")!.Parameters);
    }

    [Fact]
    public void Drops_opus_and_g722_from_baresip_and_picks_g711_in_the_offerers_order()
    {
        var result = Answer(SdpSamples.Baresip);
        Assert.Equal(0, result.Audio!.Codec.PayloadType);
        Assert.Equal(101, result.Audio.TelephoneEvent!.PayloadType);
        var media = result.Answer.Media[0];
        Assert.Equal(["0", "101"], media.Formats);
        Assert.DoesNotContain(media.Attributes, a => a.Value?.Contains("opus", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(media.Attributes, a => a.Value?.Contains("G722", StringComparison.Ordinal) == true);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.168.1.20"), 10476), result.Audio.RemoteRtpEndPoint);
    }

    [Fact]
    public void Offerers_order_wins_over_ours()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 8 0\n"), Endpoint with { Codecs = [AudioCodec.Pcmu, AudioCodec.Pcma] });
        Assert.Equal(8, result.Audio!.Codec.PayloadType);
        Assert.Null(result.Audio.TelephoneEvent);
        Assert.Equal(["8"], result.Answer.Media[0].Formats);
    }

    [Fact]
    public void Only_codecs_we_support_are_chosen()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 0 8\n"), Endpoint with { Codecs = [AudioCodec.Pcma] });
        Assert.Equal(8, result.Audio!.Codec.PayloadType);
    }

    [Fact]
    public void A_pcmu_named_at_a_dynamic_payload_type_is_accepted_under_that_number()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 112\na=rtpmap:112 pcmu/8000\n"));
        Assert.Equal(new RtpPayloadFormat(112, "pcmu", 8000), result.Audio!.Codec);
        Assert.Equal(["112"], result.Answer.Media[0].Formats);
    }

    [Fact]
    public void No_common_codec_rejects_the_stream_with_port_0()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 18 9\na=rtpmap:18 G729/8000\na=rtpmap:9 G722/8000\n"));
        Assert.False(result.IsAccepted);
        var media = Assert.Single(result.Answer.Media);
        Assert.Equal(0, media.Port);
        Assert.Equal("audio", media.Media);
        Assert.Equal(["18", "9"], media.Formats);
    }

    [Fact]
    public void Telephone_event_alone_is_not_a_codec()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 101\na=rtpmap:101 telephone-event/8000\n"));
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void Linphone_gets_the_8000_hz_telephone_event_its_rtcp_port_and_its_video_rejected()
    {
        var result = Answer(SdpSamples.Linphone);
        var audio = result.Audio!;
        Assert.Equal(0, audio.Codec.PayloadType);
        Assert.Equal(100, audio.TelephoneEvent!.PayloadType);
        Assert.Equal("0-15", audio.TelephoneEvents);
        Assert.Equal(7079, audio.RemoteRtcpPort);
        Assert.Equal(2, result.Answer.Media.Count);
        Assert.Equal(["0", "100"], result.Answer.Media[0].Formats);
        Assert.Equal(new MediaDescription("video", 0, "RTP/AVP", ["102"]).ToString(), result.Answer.Media[1].ToString());
    }

    [Fact]
    public void Video_is_rejected_and_audio_kept_in_the_same_m_line_order()
    {
        var result = Answer(Offer("m=video 5000 RTP/AVP 31\nm=audio 4000 RTP/AVP 0\n"));
        Assert.Equal(["video", "audio"], result.Answer.Media.Select(m => m.Media));
        Assert.Equal([0, 20000], result.Answer.Media.Select(m => m.Port));
        Assert.Equal(1, result.Audio!.MediaIndex);
    }

    [Fact]
    public void Only_the_first_usable_audio_stream_is_accepted()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 18\nm=audio 4002 RTP/AVP 8\nm=audio 4004 RTP/AVP 0\n"));
        Assert.Equal([0, 20000, 0], result.Answer.Media.Select(m => m.Port));
        Assert.Equal(1, result.Audio!.MediaIndex);
        Assert.Equal(4002, result.Audio.RemoteRtpPort);
    }

    [Theory]
    [InlineData("RTP/SAVP")]
    [InlineData("UDP/TLS/RTP/SAVPF")]
    public void Secure_profiles_are_rejected(string protocol)
    {
        var result = Answer(Offer($"m=audio 4000 {protocol} 0\n"));
        Assert.False(result.IsAccepted);
        Assert.Equal($"audio 0 {protocol} 0", result.Answer.Media[0].ToString());
    }

    [Fact]
    public void A_disabled_offered_stream_stays_disabled()
    {
        var result = Answer(Offer("m=audio 0 RTP/AVP 0\nm=audio 4000 RTP/AVP 0\n"));
        Assert.Equal([0, 20000], result.Answer.Media.Select(m => m.Port));
    }

    [Theory]
    [InlineData(SdpDirection.SendRecv, SdpDirection.SendRecv, SdpDirection.SendRecv)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.SendRecv, SdpDirection.RecvOnly)]
    [InlineData(SdpDirection.RecvOnly, SdpDirection.SendRecv, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.Inactive, SdpDirection.SendRecv, SdpDirection.Inactive)]
    [InlineData(SdpDirection.SendRecv, SdpDirection.SendOnly, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.SendRecv, SdpDirection.RecvOnly, SdpDirection.RecvOnly)]
    [InlineData(SdpDirection.SendRecv, SdpDirection.Inactive, SdpDirection.Inactive)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.SendOnly, SdpDirection.Inactive)]
    [InlineData(SdpDirection.RecvOnly, SdpDirection.SendOnly, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.RecvOnly, SdpDirection.RecvOnly, SdpDirection.Inactive)]
    [InlineData(SdpDirection.Inactive, SdpDirection.Inactive, SdpDirection.Inactive)]
    public void Answer_direction_follows_rfc_3264_section_6_1(SdpDirection offered, SdpDirection desired, SdpDirection expected)
    {
        var result = Answer(Offer($"m=audio 4000 RTP/AVP 0\na={offered.ToAttributeName()}\n"), Endpoint with { Direction = desired });
        Assert.Equal(expected, result.Answer.Media[0].Attributes.Direction);
        Assert.Equal(expected, result.Audio!.Direction);
    }

    [Fact]
    public void A_session_level_direction_applies_to_the_stream()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 0\n", "c=IN IP4 198.51.100.7\na=sendonly\n"));
        Assert.Equal(SdpDirection.RecvOnly, result.Audio!.Direction);
        Assert.True(result.Audio.RemoteHold);
    }

    [Fact]
    public void Hold_with_sendonly_then_resume()
    {
        var session = new LocalSdpSession(Local, sessionId: 5);
        var held = SdpAnswerer.Answer(SdpParser.Parse(Offer("m=audio 4000 RTP/AVP 0\na=sendonly\n")), Endpoint, session);
        Assert.True(held.Audio!.RemoteHold);
        Assert.False(held.Audio.CanSend);
        Assert.True(held.Audio.CanReceive);
        Assert.Equal(SdpDirection.RecvOnly, held.Answer.Media[0].Attributes.Direction);

        var resumed = SdpAnswerer.Answer(SdpParser.Parse(Offer("m=audio 4000 RTP/AVP 0\na=sendrecv\n")), Endpoint, session);
        Assert.False(resumed.Audio!.RemoteHold);
        Assert.True(resumed.Audio.CanSend);
        // Our answer changed (recvonly → sendrecv), so its version moved on (RFC 3264 §8).
        Assert.Equal(["5", "6"], new[] { held, resumed }.Select(r => r.Answer.Origin.SessionVersion));
    }

    [Fact]
    public void Rfc_2543_hold_with_0_0_0_0_stops_our_sending_but_answers_normally()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 0\n", "c=IN IP4 0.0.0.0\n"));
        var audio = result.Audio!;
        Assert.True(audio.RemoteHold);
        Assert.False(audio.CanSend);
        Assert.True(audio.CanReceive);
        Assert.Null(audio.RemoteRtpEndPoint);
        Assert.Equal("0.0.0.0", audio.RemoteAddress);
        Assert.Equal(SdpDirection.SendRecv, result.Answer.Media[0].Attributes.Direction);
    }

    [Fact]
    public void Media_level_connection_and_rtcp_attribute_override_the_defaults()
    {
        var result = Answer(Offer(
            "m=audio 4000 RTP/AVP 0\nc=IN IP4 203.0.113.5\na=rtcp:5999 IN IP4 203.0.113.6\n",
            "c=IN IP4 198.51.100.7\n"));
        var audio = result.Audio!;
        Assert.Equal(new IPEndPoint(IPAddress.Parse("203.0.113.5"), 4000), audio.RemoteRtpEndPoint);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("203.0.113.6"), 5999), audio.RemoteRtcpEndPoint);
    }

    [Fact]
    public void The_offerers_ptime_is_honoured_and_capped_by_maxptime()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 0\na=ptime:30\n"));
        Assert.Equal(30, result.Audio!.Ptime);
        Assert.Equal(30, result.Answer.Media[0].Attributes.Ptime);

        Assert.Equal(10, Answer(Offer("m=audio 4000 RTP/AVP 0\na=ptime:20\na=maxptime:10\n")).Audio!.Ptime);
        Assert.Equal(40, Answer(Offer("m=audio 4000 RTP/AVP 0\n"), Endpoint with { Ptime = 40 }).Audio!.Ptime);
    }

    [Fact]
    public void Telephone_event_without_fmtp_means_0_to_15()
    {
        var result = Answer(Offer("m=audio 4000 RTP/AVP 0 97\na=rtpmap:97 telephone-event/8000\n"));
        Assert.Equal("0-15", result.Audio!.TelephoneEvents);
        Assert.Equal("0-15", result.Answer.Media[0].Attributes.GetFmtp("97")!.Parameters);
    }

    [Fact]
    public void Telephone_event_is_left_out_when_we_disable_it_or_share_no_event()
    {
        Assert.Null(Answer(SdpSamples.Sipp, Endpoint with { TelephoneEventPayloadType = null }).Audio!.TelephoneEvent);
        var result = Answer(Offer("m=audio 4000 RTP/AVP 0 97\na=rtpmap:97 telephone-event/8000\na=fmtp:97 66\n"));
        Assert.Null(result.Audio!.TelephoneEvent);
        Assert.Equal(["0"], result.Answer.Media[0].Formats);
    }

    [Fact]
    public void Rtcp_mux_is_used_only_when_both_sides_want_it_and_mid_is_echoed()
    {
        const string media = "m=audio 4000 RTP/AVP 0\na=rtcp-mux\na=mid:a1\n";
        var muxed = Answer(Offer(media), Endpoint with { RtcpMux = true });
        Assert.True(muxed.Audio!.RtcpMux);
        Assert.Equal(4000, muxed.Audio.RemoteRtcpPort);
        Assert.True(muxed.Answer.Media[0].Attributes.RtcpMux);
        Assert.Equal("a1", muxed.Answer.Media[0].Attributes.Mid);

        var plain = Answer(Offer(media));
        Assert.False(plain.Audio!.RtcpMux);
        Assert.Equal(4001, plain.Audio.RemoteRtcpPort);
        Assert.False(plain.Answer.Media[0].Attributes.RtcpMux);
    }

    [Fact]
    public void An_offer_without_any_connection_line_cannot_be_answered()
    {
        var e = Assert.Throws<SdpNegotiationException>(() => Answer(Offer("m=audio 4000 RTP/AVP 0\n", session: string.Empty)));
        Assert.Equal(0, e.MediaIndex);
        Assert.Contains("c=", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offer_with_no_media_yields_an_empty_rejected_answer()
    {
        var result = Answer(Offer(string.Empty));
        Assert.False(result.IsAccepted);
        Assert.Empty(result.Answer.Media);
    }

    [Fact]
    public void Hostname_addresses_are_reported_without_an_endpoint()
    {
        var result = Answer(SdpSamples.Rfc4317AudioVideoOffer);
        Assert.Equal("host.atlanta.example.com", result.Audio!.RemoteAddress);
        Assert.Null(result.Audio.RemoteRtpEndPoint);
    }
}
