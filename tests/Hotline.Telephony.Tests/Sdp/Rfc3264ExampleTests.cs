using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

/// <summary>The RFC 3264 §10.1 exchange: validated as published, and answered by Hotline in Bob's and Alice's place.</summary>
[Trait("Category", "Unit")]
public sealed class Rfc3264ExampleTests
{
    private static readonly LocalAudioEndpoint Local = new(IPAddress.Parse("192.0.2.10"), 20000);

    [Fact]
    public void The_published_answers_correspond_to_their_offers()
    {
        var first = SdpAnswerProcessor.Process(SdpParser.Parse(SdpSamples.Rfc3264Offer), SdpParser.Parse(SdpSamples.Rfc3264Answer))!;
        Assert.Equal(49920, first.RemoteRtpPort);
        Assert.Equal(0, first.Codec.PayloadType);

        var second = SdpAnswerProcessor.Process(SdpParser.Parse(SdpSamples.Rfc3264SecondOffer), SdpParser.Parse(SdpSamples.Rfc3264SecondAnswer))!;
        Assert.Equal(49170, second.RemoteRtpPort);
    }

    [Fact]
    public void The_second_offer_is_a_new_version_of_the_same_session()
    {
        var first = SdpParser.Parse(SdpSamples.Rfc3264Answer).Origin;
        var second = SdpParser.Parse(SdpSamples.Rfc3264SecondOffer).Origin;
        Assert.Equal(first.SessionId, second.SessionId);
        Assert.Equal(first.WithNextVersion(), second);
    }

    [Fact]
    public void Hotline_in_bobs_place_accepts_audio_and_rejects_both_video_streams()
    {
        var result = SdpAnswerer.Answer(SdpParser.Parse(SdpSamples.Rfc3264Offer), Local, new LocalSdpSession(Local.Address));
        Assert.Equal([20000, 0, 0], result.Answer.Media.Select(m => m.Port));
        Assert.Equal(["audio", "video", "video"], result.Answer.Media.Select(m => m.Media));
        Assert.NotNull(SdpAnswerProcessor.Process(SdpParser.Parse(SdpSamples.Rfc3264Offer), result.Answer));
    }

    [Fact]
    public void Hotline_in_alices_place_answers_the_four_stream_re_offer_with_four_m_lines()
    {
        var session = new LocalSdpSession(Local.Address, sessionId: 2890844526);
        var initial = SdpAnswerer.Answer(SdpParser.Parse(SdpSamples.Rfc3264Answer), Local, session);
        var reoffer = SdpAnswerer.Answer(SdpParser.Parse(SdpSamples.Rfc3264SecondOffer), Local, session);
        Assert.Equal(4, reoffer.Answer.Media.Count);
        Assert.Equal([20000, 0, 0, 0], reoffer.Answer.Media.Select(m => m.Port));
        Assert.Equal(65422, reoffer.Audio!.RemoteRtpPort);
        // Our answer gained an m-line, so its version moved on by one.
        Assert.Equal(initial.Answer.Origin.WithNextVersion(), reoffer.Answer.Origin);
    }
}
