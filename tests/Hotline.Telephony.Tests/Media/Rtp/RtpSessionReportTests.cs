using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Integration")]
public sealed class RtpSessionReportTests
{
    private static readonly RtpPortAllocator Ports = new(26460, 26467);

    [Fact]
    public async Task Reports_carry_receiver_then_sender_figures_and_the_cname_and_allocate_nothing()
    {
        using var media = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var control = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        await using var session = RtpSession.Open(Ports, new RtpSessionOptions
        {
            RemoteRtp = (IPEndPoint)media.Client.LocalEndPoint!,
            RemoteRtcp = (IPEndPoint)control.Client.LocalEndPoint!,
            CanonicalName = "agent-8001@hotline.test",
        });
        var token = TestContext.Current.CancellationToken;

        Assert.True(session.SendReportNow());
        var first = RtcpCompoundPacket.Parse((await control.ReceiveAsync(token)).Buffer);
        Assert.True(first.IsValid, first.Status.ToString());
        Assert.Equal(session.Ssrc, Assert.IsType<RtcpReceiverReport>(first.Packets[0]).Ssrc);
        Assert.Equal("agent-8001@hotline.test", Assert.IsType<RtcpSourceDescription>(first.Packets[1]).Chunks[0].CanonicalName);

        Assert.True(session.Send(new byte[160], 0, 160));
        for (var i = 0; i < 10; i++)
        {
            Assert.True(session.SendReportNow());
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            session.SendReportNow();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        var later = RtcpCompoundPacket.Parse((await control.ReceiveAsync(token)).Buffer);
        var sender = Assert.IsType<RtcpSenderReport>(later.Packets[0]);
        Assert.Equal(session.Ssrc, sender.Ssrc);
        Assert.Equal(1u, sender.SenderInfo.PacketCount);
        Assert.Equal(160u, sender.SenderInfo.OctetCount);
        Assert.Equal("agent-8001@hotline.test", Assert.IsType<RtcpSourceDescription>(later.Packets[1]).Chunks[0].CanonicalName);
    }

    [Fact]
    public async Task A_cname_too_long_for_sdes_falls_back_to_the_default_and_reports_still_go_out()
    {
        using var control = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        await using var session = RtpSession.Open(Ports, new RtpSessionOptions
        {
            RemoteRtp = new IPEndPoint(IPAddress.Loopback, ((IPEndPoint)control.Client.LocalEndPoint!).Port - 1),
            RemoteRtcp = (IPEndPoint)control.Client.LocalEndPoint!,
            CanonicalName = "caller " + new string('9', 300),
        });

        Assert.StartsWith("hotline-", session.CanonicalName, StringComparison.Ordinal);
        Assert.True(session.SendReportNow());
        var report = RtcpCompoundPacket.Parse((await control.ReceiveAsync(TestContext.Current.CancellationToken)).Buffer);
        Assert.Equal(session.CanonicalName, Assert.IsType<RtcpSourceDescription>(report.Packets[1]).Chunks[0].CanonicalName);
    }
}
