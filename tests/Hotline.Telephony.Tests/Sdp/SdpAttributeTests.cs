using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpAttributeTests
{
    private static MediaDescription Media(params string[] attributes) =>
        SdpParser.Parse("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\n" + string.Join('\n', attributes.Select(a => "a=" + a)) + "\n").Media[0];

    [Theory]
    [InlineData("sendrecv", SdpDirection.SendRecv)]
    [InlineData("sendonly", SdpDirection.SendOnly)]
    [InlineData("recvonly", SdpDirection.RecvOnly)]
    [InlineData("inactive", SdpDirection.Inactive)]
    [InlineData("SendOnly", SdpDirection.SendOnly)]
    public void Reads_direction_attributes(string attribute, SdpDirection expected) =>
        Assert.Equal(expected, Media(attribute).Attributes.Direction);

    [Fact]
    public void Direction_defaults_to_the_session_level_then_sendrecv()
    {
        var sdp = SdpParser.Parse("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\na=recvonly\nm=audio 4000 RTP/AVP 0\nm=audio 4002 RTP/AVP 0\na=inactive\n");
        Assert.Equal(SdpDirection.RecvOnly, sdp.DirectionOf(sdp.Media[0]));
        Assert.Equal(SdpDirection.Inactive, sdp.DirectionOf(sdp.Media[1]));
        sdp.Attributes.SetDirection(null);
        Assert.Equal(SdpDirection.SendRecv, sdp.DirectionOf(sdp.Media[0]));
    }

    [Fact]
    public void SetDirection_replaces_in_place_and_keeps_other_attributes()
    {
        var media = Media("rtpmap:0 PCMU/8000", "sendrecv", "label:1");
        media.Attributes.SetDirection(SdpDirection.SendOnly);
        Assert.Equal(["rtpmap", "sendonly", "label"], media.Attributes.Select(a => a.Name));
        media.Attributes.SetDirection(null);
        Assert.Equal(["rtpmap", "label"], media.Attributes.Select(a => a.Name));
        media.Attributes.SetDirection(SdpDirection.Inactive);
        Assert.Equal("inactive", media.Attributes[^1].Name);
    }

    [Fact]
    public void Reads_ptime_maxptime_rtcp_mux_mid_and_ssrc()
    {
        var media = Media("ptime:20.5", "maxptime:40", "rtcp:53020 IN IP4 126.16.64.4", "rtcp-mux", "mid:audio0", "ssrc:1 cname:a", "ssrc:1 msid:x y");
        Assert.Equal(21, media.Attributes.Ptime);
        Assert.Equal(40, media.Attributes.MaxPtime);
        Assert.Equal(new SdpRtcp(53020, new SdpConnection("IN", "IP4", "126.16.64.4")), media.Attributes.Rtcp);
        Assert.True(media.Attributes.RtcpMux);
        Assert.Equal("audio0", media.Attributes.Mid);
        Assert.Equal(["1 cname:a", "1 msid:x y"], media.Attributes.Ssrcs);
        Assert.Equal("53020 IN IP4 126.16.64.4", media.Attributes.Rtcp!.ToString());
    }

    [Fact]
    public void Absent_attributes_read_as_null()
    {
        var media = Media();
        Assert.Null(media.Attributes.Direction);
        Assert.Null(media.Attributes.Ptime);
        Assert.Null(media.Attributes.Rtcp);
        Assert.False(media.Attributes.RtcpMux);
        Assert.Null(media.Attributes.Mid);
        Assert.Null(media.Attributes.GetFmtp("101"));
    }

    [Fact]
    public void Set_replaces_the_first_and_removes_duplicates()
    {
        var media = Media("ptime:20", "label:1", "ptime:30");
        media.Attributes.Set("ptime", "40");
        Assert.Equal(["ptime", "label"], media.Attributes.Select(a => a.Name));
        Assert.Equal(40, media.Attributes.Ptime);
        Assert.Equal(1, media.Attributes.RemoveAll("label"));
    }

    [Theory]
    [InlineData("0 PCMU/8000", 0, "PCMU", 8000, null)]
    [InlineData("111 opus/48000/2", 111, "opus", 48000, 2)]
    [InlineData("101  telephone-event/8000", 101, "telephone-event", 8000, null)]
    public void Parses_rtpmap(string value, int pt, string name, int clock, int? channels)
    {
        Assert.True(SdpRtpMap.TryParse(value, out var map));
        Assert.Equal(new SdpRtpMap(pt, name, clock, channels), map);
    }

    [Theory]
    [InlineData("128 PCMU/8000")]
    [InlineData("0 PCMU")]
    [InlineData("0 /8000")]
    [InlineData("0 PCMU/0")]
    [InlineData("0 PCMU/8000/x")]
    [InlineData("PCMU/8000")]
    public void Rejects_malformed_rtpmap(string value) => Assert.False(SdpRtpMap.TryParse(value, out _));

    [Fact]
    public void Fmtp_without_parameters_is_kept()
    {
        Assert.True(SdpFmtp.TryParse("101", out var fmtp));
        Assert.Equal(new SdpFmtp("101", string.Empty), fmtp);
        Assert.Equal("101", fmtp!.ToString());
    }

    [Theory]
    [InlineData(SdpDirection.SendRecv, SdpDirection.SendRecv)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.RecvOnly)]
    [InlineData(SdpDirection.RecvOnly, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.Inactive, SdpDirection.Inactive)]
    public void Reverse_swaps_send_and_receive(SdpDirection direction, SdpDirection reversed) =>
        Assert.Equal(reversed, direction.Reverse());
}
