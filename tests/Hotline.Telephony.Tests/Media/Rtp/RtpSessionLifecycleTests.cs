using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Integration")]
public sealed class RtpSessionLifecycleTests
{
    private static int OpenDescriptors() => Directory.GetFileSystemEntries("/proc/self/fd").Length;

    [Fact]
    public async Task Many_short_sessions_return_ports_and_handles_to_baseline()
    {
        var ports = new RtpPortAllocator(26400, 26407);
        var options = new RtpSessionOptions { RtcpInterval = TimeSpan.FromMilliseconds(20) };

        // Warm up: the socket engine's own descriptors are created on first use.
        await using (var warm = RtpSession.Open(ports, options))
        {
            warm.Start();
        }

        var baseline = OpenDescriptors();
        for (var i = 0; i < 100; i++)
        {
            await using var a = RtpSession.Open(ports, options);
            await using var b = RtpSession.Open(ports, options with { RemoteRtp = a.LocalRtpEndPoint });
            a.SetRemote(b.LocalRtpEndPoint);
            a.Start();
            b.Start();
            for (var p = 0; p < 3; p++)
            {
                a.Send(new byte[160], 0, 160);
                b.Send(new byte[160], 0, 160);
            }

            if (i % 10 == 0)
            {
                await Eventually.HoldsAsync(() => a.GetStatistics().PacketsDelivered == 2, "traffic on a short call");
            }
        }

        Assert.Equal(0, ports.InUse);

        // Other tests in this process open and close descriptors too; a leak here would be hundreds.
        await Eventually.HoldsAsync(() => OpenDescriptors() <= baseline + 16, $"descriptors back to about {baseline}", seconds: 5);

        for (var port = ports.FirstPort; port <= ports.LastPort; port++)
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
        }
    }

    [Fact]
    public async Task Session_ports_are_bounded_by_the_range()
    {
        var ports = new RtpPortAllocator(26420, 26423);
        var first = RtpSession.Open(ports);
        await using var second = RtpSession.Open(ports);

        Assert.Throws<RtpPortsExhaustedException>(() => RtpSession.Open(ports));

        await first.DisposeAsync();
        await first.DisposeAsync();
        await using var third = RtpSession.Open(ports);
        Assert.Equal(first.LocalRtpEndPoint.Port, third.LocalRtpEndPoint.Port);
    }

    [Fact]
    public async Task A_pair_held_by_another_process_is_skipped()
    {
        var ports = new RtpPortAllocator(26430, 26435);
        using var squatter = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        squatter.Bind(new IPEndPoint(IPAddress.Loopback, 26431));

        await using var session = RtpSession.Open(ports);

        Assert.Equal(26432, session.LocalRtpEndPoint.Port);
        Assert.Equal(1, ports.InUse);
    }

    [Fact]
    public void Disposing_without_starting_frees_everything()
    {
        var ports = new RtpPortAllocator(26440, 26441);
        for (var i = 0; i < 20; i++)
        {
            using var session = RtpSession.Open(ports);
        }

        Assert.Equal(0, ports.InUse);
    }
}
