using System.Collections.Concurrent;
using System.Net;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Integration")]
public sealed class RtpSessionTests
{
    private static readonly RtpPortAllocator Ports = new(26000, 26199);

    private sealed record Received(uint Ssrc, ushort Sequence, uint Timestamp, byte PayloadType, bool Marker, byte[] Payload, TimeSpan Arrival);

    private static ConcurrentQueue<Received> Collect(RtpSession session)
    {
        var queue = new ConcurrentQueue<Received>();
        session.PacketReceived += (RtpSession _, in RtpReceivedPacket p) => queue.Enqueue(new Received(
            p.Packet.Ssrc, p.Packet.SequenceNumber, p.Packet.Timestamp, p.Packet.PayloadType, p.Packet.Marker, p.Packet.Payload.ToArray(), p.Arrival));
        return queue;
    }

    private static byte[] Frame(int n) => Enumerable.Range(0, 160).Select(i => (byte)(n + i)).ToArray();

    [Fact]
    public async Task Two_sessions_on_loopback_exchange_packets_both_ways()
    {
        await using var a = RtpSession.Open(Ports);
        await using var b = RtpSession.Open(Ports, new RtpSessionOptions { RemoteRtp = a.LocalRtpEndPoint });
        a.SetRemote(b.LocalRtpEndPoint);
        var atA = Collect(a);
        var atB = Collect(b);
        a.Start();
        b.Start();
        Assert.Equal(IPAddress.Loopback, a.LocalRtpEndPoint.Address);
        Assert.Equal(0, a.LocalRtpEndPoint.Port % 2);
        Assert.Equal(a.LocalRtpEndPoint.Port + 1, a.LocalRtcpEndPoint.Port);

        var firstTimestamp = a.NextTimestamp;
        var firstSequence = a.NextSequenceNumber;
        for (var i = 0; i < 50; i++)
        {
            Assert.True(a.Send(Frame(i), 0, 160, marker: i == 0));
            Assert.True(b.Send(Frame(i), 8, 160));
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

        // The first packet of each stream is the probation packet of RFC 3550 A.1.
        await Eventually.HoldsAsync(() => atB.Count == 49 && atA.Count == 49, "49 packets each way");
        var fromA = atB.ToList();
        Assert.All(fromA, r => Assert.Equal(a.Ssrc, r.Ssrc));
        Assert.All(fromA, r => Assert.Equal(0, r.PayloadType));
        Assert.Equal(Enumerable.Range(1, 49).Select(i => (ushort)(firstSequence + i)), fromA.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(1, 49).Select(i => unchecked(firstTimestamp + (uint)(160 * i))), fromA.Select(r => r.Timestamp));
        Assert.Equal(Frame(7), fromA[6].Payload);
        Assert.DoesNotContain(fromA, r => r.Marker);
        Assert.All(atA, r => Assert.Equal(8, r.PayloadType));

        var atBStats = b.GetStatistics();
        Assert.Equal(a.LocalRtpEndPoint, atBStats.LatchedRemote);
        Assert.Equal(a.Ssrc, atBStats.RemoteSsrc);
        var quality = b.GetQualityReport();
        Assert.Equal(49, quality.PacketsReceived);
        Assert.Equal(0, quality.PacketsLost);
        Assert.Equal(50, quality.PacketsSent);
        Assert.Equal(50 * 160, quality.OctetsSent);
        Assert.Equal(50, a.GetStatistics().PacketsSent);
    }

    [Fact]
    public async Task Rtcp_reports_carry_round_trip_and_loss_and_bye_ends_the_peer()
    {
        var fast = new RtpSessionOptions { RtcpInterval = TimeSpan.FromMilliseconds(100) };
        await using var a = RtpSession.Open(Ports, fast);
        var b = RtpSession.Open(Ports, fast with { RemoteRtp = a.LocalRtpEndPoint });
        try
        {
            a.SetRemote(b.LocalRtpEndPoint);
            var reports = new ConcurrentQueue<RtcpReceivedEventArgs>();
            var bye = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            a.RtcpReceived += (_, e) => reports.Enqueue(e);
            a.GoodbyeReceived += (_, _) => bye.TrySetResult();
            a.Start();
            b.Start();

            using var sending = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var sender = Task.Run(
                async () =>
                {
                    for (var i = 0; !sending.IsCancellationRequested; i++)
                    {
                        a.Send(Frame(i), 0, 160);
                        b.Send(Frame(i), 0, 160);
                        await Task.Delay(20, sending.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                    }
                },
                TestContext.Current.CancellationToken);

            await Eventually.HoldsAsync(() => a.GetStatistics() is { RoundTrip: not null, PeerReportOnUs: not null }, "a round trip from b's reports");
            await sending.CancelAsync();
            await sender;

            var stats = a.GetStatistics();
            Assert.InRange(stats.RoundTrip!.Value, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
            Assert.Equal(a.Ssrc, stats.PeerReportOnUs!.Value.Ssrc);
            Assert.True(stats.PeerReportOnUs.Value.ExtendedHighestSequence > 0);
            Assert.Contains(reports, r => r.Packets.OfType<RtcpSenderReport>().Any(sr => sr.Ssrc == b.Ssrc));
            Assert.Contains(reports, r => r.Packets.OfType<RtcpSourceDescription>().Any(s => s.Chunks[0].CanonicalName == b.CanonicalName));
            Assert.Equal(b.LocalRtcpEndPoint, reports.First().From);
            var quality = a.GetQualityReport();
            Assert.NotNull(quality.RoundTripMilliseconds);
            Assert.Equal(0, quality.RemoteLossPercent);
            Assert.NotNull(quality.RemoteJitterMilliseconds);
            Assert.True(b.GetStatistics().RtcpSent >= 1);
        }
        finally
        {
            await b.DisposeAsync();
        }

        await Eventually.HoldsAsync(() => a.GetStatistics().PeerSentGoodbye, "b's RTCP BYE");
    }

    [Fact]
    public async Task Latches_to_the_first_valid_source_and_drops_others()
    {
        await using var session = RtpSession.Open(Ports);
        var received = Collect(session);
        session.Start();
        using var caller = new RtpTestPeer();
        using var intruder = new RtpTestPeer();

        // A single packet from the intruder first does not latch: it needs packets in sequence.
        intruder.SendRtp(session.LocalRtpEndPoint, 0xBAD, 500);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        for (ushort seq = 1; seq <= 5; seq++)
        {
            caller.SendRtp(session.LocalRtpEndPoint, 0x1234, seq);
        }

        await Eventually.HoldsAsync(() => session.IsLatched && received.Count == 4, "latched to the caller");
        Assert.Equal(caller.EndPoint, session.GetStatistics().LatchedRemote);

        for (ushort seq = 501; seq <= 510; seq++)
        {
            intruder.SendRtp(session.LocalRtpEndPoint, 0xBAD, seq);
        }

        await Eventually.HoldsAsync(() => session.GetStatistics().RtpFromOtherSources == 10, "10 packets from the intruder dropped");
        caller.SendRtp(session.LocalRtpEndPoint, 0x1234, 6);
        await Eventually.HoldsAsync(() => received.Count == 5, "the caller still heard");
        Assert.All(received, r => Assert.Equal(0x1234u, r.Ssrc));
        Assert.Equal(10, session.GetQualityReport().PacketsFromOtherSources);

        // Symmetric RTP: we answer where the caller's packets come from, never to the intruder.
        for (var i = 0; i < 3; i++)
        {
            Assert.True(session.Send(Frame(i), 0, 160));
        }

        var atCaller = await caller.ReceiveRtpAsync(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        var atIntruder = await intruder.ReceiveRtpAsync(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        Assert.Equal(3, atCaller.Count);
        Assert.Empty(atIntruder);
    }

    [Fact]
    public async Task Malformed_datagrams_and_unnegotiated_payload_types_are_counted_and_dropped()
    {
        await using var session = RtpSession.Open(Ports, new RtpSessionOptions { PayloadTypes = new HashSet<int> { 0, 101 } });
        var received = Collect(session);
        session.Start();
        using var peer = new RtpTestPeer();

        peer.SendRaw(session.LocalRtpEndPoint, [0x80, 0x00, 0x01]);
        peer.SendRaw(session.LocalRtpEndPoint, [0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xFF]);
        peer.SendRaw(session.LocalRtpEndPoint, [0x8F, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
        peer.SendRaw(session.LocalRtcpEndPoint, [0x81, 201, 0, 7, 1, 2, 3, 4]);
        peer.SendRaw(session.LocalRtcpEndPoint, [1, 2, 3]);
        for (ushort seq = 1; seq <= 5; seq++)
        {
            peer.SendRtp(session.LocalRtpEndPoint, 9, seq, payloadType: 8);
        }

        for (ushort seq = 6; seq <= 10; seq++)
        {
            peer.SendRtp(session.LocalRtpEndPoint, 9, seq, payloadType: seq % 2 == 0 ? (byte)0 : (byte)101);
        }

        await Eventually.HoldsAsync(() => received.Count == 4, "the negotiated packets after probation");
        await Eventually.HoldsAsync(() => session.GetStatistics().MalformedRtcp == 2, "two malformed RTCP datagrams");
        var stats = session.GetStatistics();
        Assert.Equal(3, stats.MalformedRtp);
        Assert.Equal(5, stats.UnexpectedPayloadType);
        Assert.All(received, r => Assert.Contains(r.PayloadType, new byte[] { 0, 101 }));
        Assert.Equal(5, session.GetQualityReport().MalformedPackets);
    }

    [Fact]
    public async Task A_peer_that_never_sends_leaves_the_figures_at_zero()
    {
        using var silent = new RtpTestPeer();
        await using var session = RtpSession.Open(Ports, new RtpSessionOptions
        {
            RemoteRtp = silent.EndPoint,
            RtcpInterval = TimeSpan.FromMilliseconds(50),
        });
        session.Start();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(session.Send(Frame(i), 0, 160));
        }

        await Eventually.HoldsAsync(() => session.GetStatistics().RtcpSent >= 2, "our own reports go out");
        Assert.Equal(10, (await silent.ReceiveRtpAsync(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken)).Count);

        var quality = session.GetQualityReport();
        Assert.Null(quality.RemoteSsrc);
        Assert.Equal(0, quality.PacketsReceived);
        Assert.Equal(0, quality.PacketsExpected);
        Assert.Equal(0, quality.LossPercent);
        Assert.Equal(0, quality.JitterMilliseconds);
        Assert.Null(quality.RoundTripMilliseconds);
        Assert.Null(quality.RemoteLossPercent);
        Assert.Equal(10, quality.PacketsSent);
        Assert.False(session.IsLatched);
    }

    [Fact]
    public async Task Nothing_is_sent_without_a_destination_and_a_throwing_handler_does_not_stop_the_loop()
    {
        await using var session = RtpSession.Open(Ports);
        var calls = 0;
        session.PacketReceived += (RtpSession _, in RtpReceivedPacket _) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("consumer bug");
            }
        };
        session.Start();

        Assert.False(session.Send(Frame(0), 0, 160));
        Assert.Equal(1, session.GetStatistics().SendFailures);

        using var peer = new RtpTestPeer();
        for (ushort seq = 1; seq <= 4; seq++)
        {
            peer.SendRtp(session.LocalRtpEndPoint, 5, seq);
        }

        await Eventually.HoldsAsync(() => Volatile.Read(ref calls) == 3, "packets after the exception");
        Assert.Equal(1, session.GetStatistics().HandlerErrors);
        Assert.True(session.Send(Frame(1), 0, 160));
    }

    [Fact]
    public async Task A_new_ssrc_from_the_latched_address_is_a_new_source_and_figures_add_up()
    {
        await using var session = RtpSession.Open(Ports);
        var received = Collect(session);
        session.Start();
        using var peer = new RtpTestPeer();
        for (ushort seq = 1; seq <= 10; seq++)
        {
            if (seq != 5)
            {
                peer.SendRtp(session.LocalRtpEndPoint, 1, seq);
            }
        }

        await Eventually.HoldsAsync(() => received.Count == 8, "the first source");
        for (ushort seq = 100; seq <= 110; seq++)
        {
            peer.SendRtp(session.LocalRtpEndPoint, 2, seq);
        }

        await Eventually.HoldsAsync(() => received.Count == 18, "the second source");
        var quality = session.GetQualityReport();
        Assert.Equal(2u, quality.RemoteSsrc);
        Assert.Equal(18, quality.PacketsReceived);
        Assert.Equal(19, quality.PacketsExpected);
        Assert.Equal(1, quality.PacketsLost);
    }

    [Fact]
    public async Task Set_remote_relatches_and_keeps_the_figures_of_the_earlier_source()
    {
        await using var session = RtpSession.Open(Ports);
        var received = Collect(session);
        session.Start();
        using var before = new RtpTestPeer();
        using var after = new RtpTestPeer();
        for (ushort seq = 1; seq <= 6; seq++)
        {
            before.SendRtp(session.LocalRtpEndPoint, 1, seq);
        }

        await Eventually.HoldsAsync(() => received.Count == 5, "the first address");

        // A re-INVITE moves the peer's media: the session latches again, to the new address.
        session.SetRemote(after.EndPoint);
        Assert.False(session.IsLatched);
        for (ushort seq = 7; seq <= 12; seq++)
        {
            after.SendRtp(session.LocalRtpEndPoint, 1, seq);
        }

        await Eventually.HoldsAsync(() => received.Count == 10, "the new address");
        Assert.Equal(after.EndPoint, session.GetStatistics().LatchedRemote);
        before.SendRtp(session.LocalRtpEndPoint, 1, 13);
        await Eventually.HoldsAsync(() => session.GetStatistics().RtpFromOtherSources == 1, "the old address dropped");
        Assert.Equal(10, session.GetQualityReport().PacketsReceived);
    }
}
