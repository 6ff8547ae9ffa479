using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

/// <summary>The published RFC 4317 offer/answer examples run through the answerer and the answer processor.</summary>
[Trait("Category", "Unit")]
public sealed class Rfc4317ExampleTests
{
    [Fact]
    public void Section_2_1_bobs_answer_matches_alices_offer()
    {
        var audio = SdpAnswerProcessor.Process(
            SdpParser.Parse(SdpSamples.Rfc4317AudioVideoOffer),
            SdpParser.Parse(SdpSamples.Rfc4317AudioVideoAnswer))!;
        Assert.Equal(0, audio.Codec.PayloadType);
        Assert.Equal("host.biloxi.example.com", audio.RemoteAddress);
        Assert.Equal(49174, audio.RemoteRtpPort);
        Assert.Null(audio.TelephoneEvent);
    }

    [Fact]
    public void Section_2_1_answered_by_hotline_keeps_audio_and_rejects_video()
    {
        var local = new LocalAudioEndpoint(IPAddress.Parse("192.0.2.10"), 20000);
        var result = SdpAnswerer.Answer(SdpParser.Parse(SdpSamples.Rfc4317AudioVideoOffer), local, new LocalSdpSession(local.Address));
        Assert.Equal(["audio 20000 RTP/AVP 0", "video 0 RTP/AVP 31 32"], result.Answer.Media.Select(m => m.ToString()));
        // Alice's side would accept this answer.
        Assert.NotNull(SdpAnswerProcessor.Process(SdpParser.Parse(SdpSamples.Rfc4317AudioVideoOffer), result.Answer));
    }

    [Fact]
    public void Section_2_4_two_audio_streams_are_validated_and_the_first_is_ours()
    {
        var audio = SdpAnswerProcessor.Process(
            SdpParser.Parse(SdpSamples.Rfc4317TwoAudioOffer),
            SdpParser.Parse(SdpSamples.Rfc4317TwoAudioAnswer));
        // The first stream negotiated iLBC, which a processor checking the offer accepts: it was offered.
        Assert.Equal("iLBC", audio!.Codec.EncodingName);
        Assert.Equal(0, audio.MediaIndex);
    }

    [Fact]
    public void Section_2_4_answered_by_hotline_accepts_pcmu_and_rejects_the_events_only_stream()
    {
        var local = new LocalAudioEndpoint(IPAddress.Parse("192.0.2.10"), 20000);
        var result = SdpAnswerer.Answer(SdpParser.Parse(SdpSamples.Rfc4317TwoAudioOffer), local, new LocalSdpSession(local.Address));
        Assert.Equal([20000, 0], result.Answer.Media.Select(m => m.Port));
        Assert.Equal(0, result.Audio!.Codec.PayloadType);
    }

    [Fact]
    public void Section_3_1_hold_offer_is_answered_recvonly()
    {
        var offer = SdpParser.Parse(SdpSamples.Rfc4317HoldOffer);
        Assert.True(SdpHold.IsHold(offer));
        var local = new LocalAudioEndpoint(IPAddress.Parse("192.0.2.10"), 20000);
        var result = SdpAnswerer.Answer(offer, local, new LocalSdpSession(local.Address));
        Assert.Equal(SdpDirection.RecvOnly, result.Answer.Media[0].Attributes.Direction);
        Assert.True(result.Audio!.RemoteHold);

        // Bob's published answer, processed from Alice's side: she sends only.
        var bobs = SdpAnswerProcessor.Process(offer, SdpParser.Parse(SdpSamples.Rfc4317HoldAnswer))!;
        Assert.Equal(SdpDirection.SendOnly, bobs.Direction);
        Assert.Equal(97, bobs.Codec.PayloadType);
    }
}
