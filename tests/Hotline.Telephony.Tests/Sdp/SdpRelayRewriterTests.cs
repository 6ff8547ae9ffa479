using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpRelayRewriterTests
{
    private static readonly IPAddress Anchor = IPAddress.Parse("192.0.2.10");

    private static string WithoutOrigin(SessionDescription sdp) =>
        string.Join("\r\n", sdp.ToString().Split("\r\n").Where(l => !l.StartsWith("o=", StringComparison.Ordinal)));

    [Fact]
    public void Signalling_only_replaces_just_the_origin()
    {
        var source = SdpParser.Parse(SdpSamples.Baresip);
        var relayed = SdpRelayRewriter.Rewrite(source, new LocalSdpSession(Anchor, sessionId: 9));
        Assert.Equal(new SdpOrigin("hotline", "9", "9", "IN", "IP4", "192.0.2.10"), relayed.Origin);
        Assert.Equal(WithoutOrigin(source), WithoutOrigin(relayed));
        Assert.Equal("-", source.Origin.Username);
    }

    [Fact]
    public void Each_leg_keeps_its_own_version_sequence()
    {
        var leg = new LocalSdpSession(Anchor, sessionId: 100);
        var first = SdpRelayRewriter.Rewrite(SdpParser.Parse(SdpSamples.Sipp), leg);
        // The peer refreshes with a higher version but the same content: the other leg sees no change (RFC 3264 §8).
        var refreshed = SdpParser.Parse(SdpSamples.Sipp.Replace("2353687637", "2353687638", StringComparison.Ordinal));
        var second = SdpRelayRewriter.Rewrite(refreshed, leg);
        var held = SdpParser.Parse(SdpSamples.Sipp);
        held.Media[0].Attributes.SetDirection(SdpDirection.SendOnly);
        var third = SdpRelayRewriter.Rewrite(held, leg);
        Assert.Equal(["100", "100", "101"], new[] { first, second, third }.Select(s => s.Origin.SessionVersion));
    }

    [Fact]
    public void Anchoring_replaces_addresses_ports_and_rtcp_and_keeps_the_rest()
    {
        var source = SdpParser.Parse(SdpSamples.Linphone);
        source.Media[0].Connections.Add(new SdpConnection("IN", "IP4", "192.168.1.31"));
        var relayed = SdpRelayRewriter.Rewrite(source, new LocalSdpSession(Anchor), new MediaAnchor(Anchor, [40000, 40002]));

        Assert.Equal(new SdpConnection("IN", "IP4", "192.0.2.10"), relayed.Connection);
        Assert.Equal(new SdpConnection("IN", "IP4", "192.0.2.10"), Assert.Single(relayed.Media[0].Connections));
        Assert.Equal([40000, 40002], relayed.Media.Select(m => m.Port));
        Assert.Equal(40001, relayed.Media[0].Attributes.Rtcp!.Port);
        Assert.Equal(40003, relayed.Media[1].Attributes.Rtcp!.Port);
        Assert.Equal(source.Media[0].Formats, relayed.Media[0].Formats);
        Assert.Equal(
            source.Media[0].Attributes.Where(a => a.Name != "rtcp"),
            relayed.Media[0].Attributes.Where(a => a.Name != "rtcp"));
        Assert.Equal(source.Attributes, relayed.Attributes);
        Assert.Equal("192.168.1.30", source.Connection!.Address);
    }

    [Fact]
    public void Anchoring_keeps_rejected_streams_the_hold_address_and_rtcp_mux()
    {
        var source = SdpParser.Parse(
            "v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nc=IN IP4 0.0.0.0\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtcp-mux\na=rtcp:4000 IN IP4 10.0.0.1\nm=video 0 RTP/AVP 31\n");
        var relayed = SdpRelayRewriter.Rewrite(source, new LocalSdpSession(Anchor), new MediaAnchor(Anchor, [40000, 40002]));
        Assert.Equal("0.0.0.0", relayed.Connection!.Address);
        Assert.Equal([40000, 0], relayed.Media.Select(m => m.Port));
        Assert.Equal(new SdpRtcp(40000, new SdpConnection("IN", "IP4", "192.0.2.10")), relayed.Media[0].Attributes.Rtcp);
        Assert.True(SdpHold.IsHold(relayed));
    }

    [Fact]
    public void The_anchor_needs_a_port_per_m_line()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            SdpRelayRewriter.Rewrite(SdpParser.Parse(SdpSamples.Linphone), new LocalSdpSession(Anchor), new MediaAnchor(Anchor, [40000])));
        Assert.Contains("2 m-line", e.Message, StringComparison.Ordinal);
    }
}
