using System.Collections.Concurrent;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Integration")]
public sealed class RtpReceivePollerTests
{
    private static readonly RtpPortAllocator Ports = new(26600, 26699);

    private static RtpReceivePoller StartPoller()
    {
        Assert.True(OperatingSystem.IsLinux(), "the shared receive thread is epoll-based: these tests run on Linux");
        return RtpReceivePoller.TryStart("test-rtp-receive") ?? throw new InvalidOperationException("epoll could not be created");
    }

    [Fact]
    public async Task Many_sessions_on_one_thread_each_get_exactly_their_own_packets()
    {
        using var poller = StartPoller();
        using var peer = new RtpTestPeer();
        var sessions = new List<RtpSession>();
        var received = new ConcurrentDictionary<RtpSession, ConcurrentQueue<(uint Ssrc, ushort Sequence)>>();
        var threads = new ConcurrentDictionary<int, bool>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var session = RtpSession.Open(Ports, new RtpSessionOptions { Receiver = poller, RtcpEnabled = false });
                var queue = received.GetOrAdd(session, _ => new ConcurrentQueue<(uint, ushort)>());
                session.PacketReceived += (RtpSession _, in RtpReceivedPacket p) =>
                {
                    threads.TryAdd(Environment.CurrentManagedThreadId, true);
                    queue.Enqueue((p.Packet.Ssrc, p.Packet.SequenceNumber));
                };
                session.Start();
                sessions.Add(session);
            }

            Assert.Equal(16, poller.Registered);
            for (ushort sequence = 100; sequence < 120; sequence++)
            {
                for (var i = 0; i < sessions.Count; i++)
                {
                    peer.SendRtp(sessions[i].LocalRtpEndPoint, ssrc: 5000u + (uint)i, sequence);
                }
            }

            // Each stream's first packet is its probation packet (RFC 3550 A.1), so 19 of 20 are delivered.
            await Eventually.HoldsAsync(() => received.Values.All(q => q.Count == 19), "19 packets at each of the 8 sessions");
            for (var i = 0; i < sessions.Count; i++)
            {
                var got = received[sessions[i]].ToList();
                Assert.All(got, p => Assert.Equal(5000u + (uint)i, p.Ssrc));
                Assert.Equal(Enumerable.Range(101, 19).Select(s => (ushort)s), got.Select(p => p.Sequence));
            }

            Assert.Single(threads);
            Assert.True(poller.Datagrams >= 160, $"{poller.Datagrams} datagrams read");
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }

        Assert.Equal(0, poller.Registered);
    }

    [Fact]
    public async Task Rtcp_from_the_peer_comes_through_the_shared_thread_too()
    {
        using var poller = StartPoller();
        var fast = new RtpSessionOptions { Receiver = poller, RtcpInterval = TimeSpan.FromMilliseconds(100) };
        await using var a = RtpSession.Open(Ports, fast);
        await using var b = RtpSession.Open(Ports, fast with { RemoteRtp = a.LocalRtpEndPoint });
        a.SetRemote(b.LocalRtpEndPoint);
        var reports = new ConcurrentQueue<RtcpReceivedEventArgs>();
        a.RtcpReceived += (_, e) => reports.Enqueue(e);
        a.Start();
        b.Start();
        for (var i = 0; i < 20; i++)
        {
            a.Send(new byte[160], 0, 160);
            b.Send(new byte[160], 0, 160);
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        await Eventually.HoldsAsync(() => !reports.IsEmpty, "an RTCP report from b at a");
        Assert.Equal(b.LocalRtcpEndPoint, reports.First().From);
        Assert.Equal(19, b.GetQualityReport().PacketsReceived);
    }

    [Fact]
    public async Task Sessions_closing_while_packets_pour_in_leave_the_thread_serving_the_others()
    {
        using var poller = StartPoller();
        using var peer = new RtpTestPeer();
        await using var survivor = RtpSession.Open(Ports, new RtpSessionOptions { Receiver = poller, RtcpEnabled = false });
        var survivorPackets = 0;
        survivor.PacketReceived += (RtpSession _, in RtpReceivedPacket _) => Interlocked.Increment(ref survivorPackets);
        survivor.Start();

        ushort sequence = 0;
        for (var round = 0; round < 20; round++)
        {
            var doomed = RtpSession.Open(Ports, new RtpSessionOptions { Receiver = poller, RtcpEnabled = false });
            doomed.Start();
            for (var i = 0; i < 20; i++)
            {
                peer.SendRtp(doomed.LocalRtpEndPoint, 7, sequence);
                peer.SendRtp(survivor.LocalRtpEndPoint, 9, sequence++);
            }

            await doomed.DisposeAsync();
            peer.SendRtp(doomed.LocalRtpEndPoint, 7, sequence);
        }

        Assert.Equal(2, poller.Registered);
        await Eventually.HoldsAsync(() => Volatile.Read(ref survivorPackets) == sequence - 1, $"{sequence - 1} packets at the survivor");
    }

    [Fact]
    public async Task A_stopped_poller_refuses_new_sessions()
    {
        var poller = StartPoller();
        poller.Dispose();
        var session = RtpSession.Open(Ports, new RtpSessionOptions { Receiver = poller });
        Assert.Throws<ObjectDisposedException>(session.Start);
        await session.DisposeAsync();
    }
}
