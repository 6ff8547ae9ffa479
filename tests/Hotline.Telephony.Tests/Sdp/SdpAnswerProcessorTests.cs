using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpAnswerProcessorTests
{
    private static readonly IPAddress Local = IPAddress.Parse("192.0.2.10");

    private static SessionDescription OurOffer(SdpDirection direction = SdpDirection.SendRecv) =>
        SdpOfferBuilder.Build(new LocalAudioEndpoint(Local, 20000) { Direction = direction }, new LocalSdpSession(Local));

    private static SessionDescription PeerAnswer(string media, string connection = "198.51.100.7") =>
        SdpParser.Parse($"v=0\no=peer 9 9 IN IP4 {connection}\ns=-\nc=IN IP4 {connection}\nt=0 0\n{media}");

    [Fact]
    public void Reads_a_sipp_style_answer()
    {
        var audio = SdpAnswerProcessor.Process(
            OurOffer(),
            PeerAnswer("m=audio 6000 RTP/AVP 0 101\na=rtpmap:0 PCMU/8000\na=rtpmap:101 telephone-event/8000\na=fmtp:101 0-15\n"))!;
        Assert.Equal(new RtpPayloadFormat(0, "PCMU", 8000), audio.Codec);
        Assert.Equal(101, audio.TelephoneEvent!.PayloadType);
        Assert.Equal(101, audio.ReceiveTelephoneEventPayloadType);
        Assert.Equal("0-15", audio.TelephoneEvents);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("198.51.100.7"), 6000), audio.RemoteRtpEndPoint);
        Assert.Equal(6001, audio.RemoteRtcpPort);
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        Assert.Equal(20, audio.Ptime);
    }

    [Fact]
    public void The_answerers_first_codec_is_used_and_missing_rtpmaps_come_from_the_offer()
    {
        var audio = SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 8 0 101\na=ptime:30\n"))!;
        Assert.Equal(8, audio.Codec.PayloadType);
        Assert.Equal("telephone-event", audio.TelephoneEvent!.EncodingName);
        Assert.Equal(30, audio.Ptime);
    }

    [Fact]
    public void A_renumbered_telephone_event_is_sent_on_the_answers_number()
    {
        var audio = SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 0 96\na=rtpmap:96 telephone-event/8000\n"))!;
        Assert.Equal(96, audio.TelephoneEvent!.PayloadType);
        Assert.Equal(101, audio.ReceiveTelephoneEventPayloadType);
    }

    [Fact]
    public void A_rejected_audio_stream_yields_null() =>
        Assert.Null(SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 0 RTP/AVP 0\n")));

    [Theory]
    [InlineData(SdpDirection.SendRecv, SdpDirection.SendRecv, SdpDirection.SendRecv)]
    [InlineData(SdpDirection.SendRecv, SdpDirection.RecvOnly, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.SendRecv, SdpDirection.SendOnly, SdpDirection.RecvOnly)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.RecvOnly, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.SendRecv, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.Inactive, SdpDirection.Inactive, SdpDirection.Inactive)]
    public void Direction_is_what_both_descriptions_allow(SdpDirection ours, SdpDirection theirs, SdpDirection expected)
    {
        var audio = SdpAnswerProcessor.Process(OurOffer(ours), PeerAnswer($"m=audio 6000 RTP/AVP 0\na={theirs.ToAttributeName()}\n"))!;
        Assert.Equal(expected, audio.Direction);
    }

    [Fact]
    public void An_answer_at_0_0_0_0_gets_no_media_from_us()
    {
        var audio = SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 0\n", "0.0.0.0"))!;
        Assert.False(audio.CanSend);
        Assert.True(audio.RemoteHold);
    }

    [Fact]
    public void Rejects_an_answer_with_a_different_number_of_m_lines()
    {
        var e = Assert.Throws<SdpNegotiationException>(() =>
            SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 0\nm=video 0 RTP/AVP 31\n")));
        Assert.StartsWith("answer has 2 m-lines, offer had 1", e.Message, StringComparison.Ordinal);

        var offer = SdpParser.Parse(SdpSamples.Rfc4317AudioVideoOffer);
        e = Assert.Throws<SdpNegotiationException>(() => SdpAnswerProcessor.Process(offer, PeerAnswer("m=audio 6000 RTP/AVP 0\n")));
        Assert.StartsWith("answer has 1 m-line, offer had 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_format_that_was_not_offered()
    {
        var e = Assert.Throws<SdpNegotiationException>(() =>
            SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 18 0\na=rtpmap:18 G729/8000\n")));
        Assert.Equal(0, e.MediaIndex);
        Assert.Contains("format 18", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_dynamic_payload_type_mapped_to_a_codec_we_did_not_offer()
    {
        var e = Assert.Throws<SdpNegotiationException>(() =>
            SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 111\na=rtpmap:111 opus/48000/2\n")));
        Assert.Contains("format 111", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_answer_with_only_telephone_event()
    {
        var e = Assert.Throws<SdpNegotiationException>(() => SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP 101\n")));
        Assert.Contains("no codec", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_changed_media_type_or_protocol()
    {
        var e = Assert.Throws<SdpNegotiationException>(() => SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=video 6000 RTP/AVP 0\n")));
        Assert.Contains("\"video\"", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<SdpNegotiationException>(() => SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/SAVP 0\n")));
        Assert.Contains("RTP/SAVP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_accepting_a_stream_the_offer_disabled()
    {
        var offer = SdpParser.Parse("v=0\no=- 1 1 IN IP4 192.0.2.10\ns=-\nc=IN IP4 192.0.2.10\nt=0 0\nm=audio 20000 RTP/AVP 0\nm=video 0 RTP/AVP 31\n");
        var e = Assert.Throws<SdpNegotiationException>(() =>
            SdpAnswerProcessor.Process(offer, PeerAnswer("m=audio 6000 RTP/AVP 0\nm=video 7000 RTP/AVP 31\n")));
        Assert.Equal(1, e.MediaIndex);
    }

    [Fact]
    public void Rejects_an_accepted_stream_without_formats_or_connection()
    {
        Assert.Throws<SdpNegotiationException>(() => SdpAnswerProcessor.Process(OurOffer(), PeerAnswer("m=audio 6000 RTP/AVP\n")));
        var noConnection = SdpParser.Parse("v=0\no=peer 9 9 IN IP4 198.51.100.7\ns=-\nt=0 0\nm=audio 6000 RTP/AVP 0\n");
        Assert.Throws<SdpNegotiationException>(() => SdpAnswerProcessor.Process(OurOffer(), noConnection));
    }

    [Fact]
    public void Our_own_answerer_output_is_accepted_by_the_processor()
    {
        var offer = OurOffer();
        var peer = new LocalAudioEndpoint(IPAddress.Parse("198.51.100.7"), 30000) { Codecs = [AudioCodec.Pcma, AudioCodec.Pcmu] };
        var answer = SdpAnswerer.Answer(SdpParser.Parse(offer.ToString()), peer, new LocalSdpSession(peer.Address));
        var audio = SdpAnswerProcessor.Process(offer, SdpParser.Parse(answer.Answer.ToString()))!;
        Assert.Equal(0, audio.Codec.PayloadType);
        Assert.Equal(101, audio.TelephoneEvent!.PayloadType);
        Assert.Equal("0-16", audio.TelephoneEvents);
        Assert.Equal(30000, audio.RemoteRtpPort);
    }
}
