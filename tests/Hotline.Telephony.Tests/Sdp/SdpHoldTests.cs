using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpHoldTests
{
    private static SessionDescription Sdp(string media, string connection = "198.51.100.7", string session = "") =>
        SdpParser.Parse($"v=0\no=- 1 1 IN IP4 198.51.100.7\ns=-\nc=IN IP4 {connection}\nt=0 0\n{session}{media}");

    [Theory]
    [InlineData("a=sendonly\n", true)]
    [InlineData("a=inactive\n", true)]
    [InlineData("a=recvonly\n", false)]
    [InlineData("a=sendrecv\n", false)]
    [InlineData("", false)]
    public void Direction_attributes(string attribute, bool hold) =>
        Assert.Equal(hold, SdpHold.IsHold(Sdp("m=audio 4000 RTP/AVP 0\n" + attribute)));

    [Fact]
    public void Rfc_2543_connection_address_0_0_0_0_is_hold() =>
        Assert.True(SdpHold.IsHold(Sdp("m=audio 4000 RTP/AVP 0\n", "0.0.0.0")));

    [Fact]
    public void Session_level_sendonly_is_hold() =>
        Assert.True(SdpHold.IsHold(Sdp("m=audio 4000 RTP/AVP 0\n", session: "a=sendonly\n")));

    [Fact]
    public void Rejected_and_non_audio_streams_do_not_count()
    {
        Assert.True(SdpHold.IsHold(Sdp("m=audio 4000 RTP/AVP 0\na=sendonly\nm=audio 0 RTP/AVP 0\nm=video 5000 RTP/AVP 31\n")));
        Assert.False(SdpHold.IsHold(Sdp("m=audio 4000 RTP/AVP 0\na=sendonly\nm=audio 4002 RTP/AVP 0\n")));
        Assert.False(SdpHold.IsHold(Sdp("m=audio 0 RTP/AVP 0\n")));
    }

    [Fact]
    public void Rfc_4317_hold_and_unhold()
    {
        Assert.True(SdpHold.IsHold(SdpParser.Parse(SdpSamples.Rfc4317HoldOffer)));
        Assert.False(SdpHold.IsHold(SdpParser.Parse(SdpSamples.Rfc4317AudioVideoOffer)));
    }
}
