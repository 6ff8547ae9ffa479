using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class RtpSourceStatisticsTests
{
    private const uint Ssrc = 0x5EED;

    /// <summary>A packet as sent: sequence, timestamp (160 per 20 ms), and when it arrives.</summary>
    private sealed record Arrival(ushort Sequence, uint Timestamp, TimeSpan At);

    private static List<Arrival> Stream(ushort firstSequence, uint firstTimestamp, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Arrival((ushort)(firstSequence + i), unchecked(firstTimestamp + (uint)(160 * i)), TimeSpan.FromMilliseconds(20 * i)))
            .ToList();

    private static (RtpSourceStatistics Stats, List<RtpSequenceStatus> Statuses) Feed(IReadOnlyList<Arrival> arrivals, int minSequential = 2)
    {
        var stats = new RtpSourceStatistics(Ssrc, arrivals[0].Sequence, 8000, minSequential);
        var statuses = arrivals.Select(a => stats.Update(a.Sequence, a.Timestamp, a.At, 160)).ToList();
        return (stats, statuses);
    }

    [Fact]
    public void First_packet_is_probation_then_the_source_is_valid()
    {
        var (stats, statuses) = Feed(Stream(1000, 0, 10));

        Assert.Equal(RtpSequenceStatus.Probation, statuses[0]);
        Assert.All(statuses.Skip(1), s => Assert.Equal(RtpSequenceStatus.InOrder, s));
        Assert.True(stats.IsValid);
        Assert.Equal(1001u, stats.BaseSequence);
        Assert.Equal(9, stats.PacketsReceived);
        Assert.Equal(9, stats.PacketsExpected);
        Assert.Equal(0, stats.CumulativeLost);
        Assert.Equal(1, stats.PacketsNotCounted);
    }

    [Fact]
    public void Probation_restarts_when_packets_are_not_in_sequence()
    {
        var stats = new RtpSourceStatistics(Ssrc, 10);
        Assert.Equal(RtpSequenceStatus.Probation, stats.Update(10, 0, TimeSpan.Zero));
        Assert.Equal(RtpSequenceStatus.Probation, stats.Update(50, 0, TimeSpan.Zero));
        Assert.False(stats.IsValid);
        Assert.Equal(RtpSequenceStatus.InOrder, stats.Update(51, 0, TimeSpan.Zero));
        Assert.True(stats.IsValid);
        Assert.Equal(51u, stats.BaseSequence);
    }

    [Fact]
    public void Never_receiving_gives_zero_figures()
    {
        var stats = new RtpSourceStatistics(Ssrc, 1);
        var report = stats.ToQualityReport();
        Assert.Equal(0, report.PacketsExpected);
        Assert.Equal(0, report.LossPercent);
        Assert.Equal(0, stats.TakeReportBlock(TimeSpan.Zero).FractionLost);
    }

    [Fact]
    public void Known_loss_gives_expected_lost_and_fraction()
    {
        // 1000 sent; every 10th lost after the first (probation) packet: 99 lost of 999 expected.
        var sent = Stream(40000, 0, 1000);
        var received = sent.Where((a, i) => i == 0 || i % 10 != 0 || i == 999).ToList();
        var (stats, _) = Feed(received);

        Assert.Equal(999, stats.PacketsExpected);
        Assert.Equal(999 - 99, stats.PacketsReceived);
        Assert.Equal(99, stats.CumulativeLost);
        var block = stats.TakeReportBlock(TimeSpan.FromSeconds(20));
        Assert.Equal(99, block.CumulativeLost);
        Assert.Equal((byte)(99 * 256 / 999), block.FractionLost);
        Assert.Equal(40999u, block.ExtendedHighestSequence);
        var report = stats.ToQualityReport();
        Assert.Equal(99, report.PacketsLost);
        Assert.Equal(100.0 * 99 / 999, report.LossPercent, 6);
    }

    [Fact]
    public void Fraction_lost_covers_only_the_interval_since_the_last_block()
    {
        var sent = Stream(0, 0, 201);
        var stats = new RtpSourceStatistics(Ssrc, 0);
        foreach (var a in sent.Take(101))
        {
            stats.Update(a.Sequence, a.Timestamp, a.At);
        }

        Assert.Equal(0, stats.TakeReportBlock(TimeSpan.Zero).FractionLost);

        // Second interval: 100 expected, 25 lost → 64/256.
        foreach (var a in sent.Skip(101).Where((_, i) => i % 4 != 0 || i == 99))
        {
            stats.Update(a.Sequence, a.Timestamp, a.At);
        }

        var block = stats.TakeReportBlock(TimeSpan.Zero);
        Assert.Equal(64, block.FractionLost);
        Assert.Equal(25, block.CumulativeLost);
        Assert.Equal(0, stats.TakeReportBlock(TimeSpan.Zero).FractionLost);
    }

    [Fact]
    public void Reordering_is_counted_and_is_not_loss()
    {
        var sent = Stream(100, 0, 50);
        var arrivals = sent.ToList();
        (arrivals[10], arrivals[11]) = (arrivals[11], arrivals[10]);
        (arrivals[20], arrivals[23]) = (arrivals[23], arrivals[20]);

        var (stats, statuses) = Feed(arrivals);

        // Arrival order …9, 11, 10, 12… and …19, 23, 21, 22, 20, 24…: 10, 21, 22 and 20 each come after a later one.
        Assert.Equal(4, stats.Reordered);
        Assert.Equal(4, statuses.Count(s => s == RtpSequenceStatus.Reordered));
        Assert.Equal(0, stats.CumulativeLost);
        Assert.Equal(0, stats.Duplicates);
    }

    [Fact]
    public void Duplicates_are_counted_and_cumulative_loss_goes_negative_as_rfc_3550_says()
    {
        var sent = Stream(65000, 0, 40);
        var arrivals = sent.ToList();
        arrivals.Insert(11, sent[10]);
        arrivals.Insert(25, sent[20]);
        arrivals.Insert(26, sent[20]);
        arrivals.Add(sent[39]);

        var (stats, statuses) = Feed(arrivals);

        Assert.Equal(4, stats.Duplicates);
        Assert.Equal(4, statuses.Count(s => s == RtpSequenceStatus.Duplicate));
        Assert.Equal(-4, stats.CumulativeLost);
        Assert.Equal(-4, stats.TakeReportBlock(TimeSpan.Zero).CumulativeLost);
        var report = stats.ToQualityReport();
        Assert.Equal(0, report.PacketsLost);
        Assert.Equal(39, report.PacketsReceived);
    }

    [Fact]
    public void Sequence_wrap_around_is_extended()
    {
        var (stats, statuses) = Feed(Stream(65530, 0, 20));

        Assert.DoesNotContain(RtpSequenceStatus.BadSequence, statuses);
        Assert.Equal(65531u, stats.BaseSequence);
        Assert.Equal(65536u + 13, stats.ExtendedHighestSequence);
        Assert.Equal(19, stats.PacketsExpected);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void Loss_across_the_wrap_is_counted()
    {
        var sent = Stream(65500, 0, 100);
        var (stats, _) = Feed(sent.Where(a => a.Sequence is not (65535 or 0 or 1)).ToList());
        Assert.Equal(3, stats.CumulativeLost);
        Assert.Equal(99, stats.PacketsExpected);
    }

    [Fact]
    public void A_large_jump_confirmed_by_the_next_packet_restarts_the_sequence()
    {
        var arrivals = Stream(10, 0, 20).Concat(Stream(30000, 50000, 10).Select(a => a with { At = a.At + TimeSpan.FromSeconds(1) })).ToList();
        var (stats, statuses) = Feed(arrivals);

        Assert.Equal(RtpSequenceStatus.BadSequence, statuses[20]);
        Assert.Equal(RtpSequenceStatus.InOrder, statuses[21]);
        Assert.Equal(1, stats.Restarts);
        Assert.Equal(30001u, stats.BaseSequence);
        Assert.Equal(9, stats.PacketsReceived);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void A_single_stray_jump_is_ignored()
    {
        var stats = new RtpSourceStatistics(Ssrc, 100);
        foreach (var a in Stream(100, 0, 10))
        {
            stats.Update(a.Sequence, a.Timestamp, a.At);
        }

        Assert.Equal(RtpSequenceStatus.BadSequence, stats.Update(9000, 0, TimeSpan.FromSeconds(1)));
        Assert.Equal(RtpSequenceStatus.InOrder, stats.Update(110, 1600, TimeSpan.FromMilliseconds(200)));
        Assert.Equal(0, stats.Restarts);
        Assert.Equal(110u, stats.ExtendedHighestSequence);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void Jitter_matches_an_independent_computation()
    {
        // Sent every 20 ms; each packet delayed by a random 0–40 ms on the way (so some arrive out of order).
        var random = new Random(12328);
        var sent = Stream(7, uint.MaxValue - 8000, 500);
        var arrivals = sent
            .Select(a => a with { At = a.At + TimeSpan.FromMilliseconds(random.NextDouble() * 40) })
            .OrderBy(a => a.At)
            .ToList();

        var (stats, statuses) = Feed(arrivals, minSequential: 1);

        // RFC 3550 §6.4.1 from first principles, in timestamp units (8 kHz), over every counted packet in arrival order.
        double jitter = 0;
        Arrival? previous = null;
        for (var i = 0; i < arrivals.Count; i++)
        {
            if (statuses[i] is not (RtpSequenceStatus.InOrder or RtpSequenceStatus.Reordered))
            {
                continue;
            }

            var a = arrivals[i];
            if (previous is not null)
            {
                var arrivalDelta = (a.At - previous.At).TotalSeconds * 8000;
                var sendDelta = (double)(long)unchecked((int)(a.Timestamp - previous.Timestamp));
                jitter += (Math.Abs(arrivalDelta - sendDelta) - jitter) / 16;
            }

            previous = a;
        }

        Assert.Contains(RtpSequenceStatus.Reordered, statuses);
        Assert.True(jitter > 40, $"the generated jitter should be substantial, was {jitter}");
        Assert.Equal(jitter, stats.Jitter, 6);
        Assert.Equal(jitter / 8, stats.JitterMilliseconds, 6);
        Assert.Equal((uint)jitter, stats.TakeReportBlock(TimeSpan.FromSeconds(11)).Jitter);
    }

    [Fact]
    public void Jitter_is_zero_for_a_perfectly_paced_stream_across_the_timestamp_wrap()
    {
        var (stats, _) = Feed(Stream(1, uint.MaxValue - 1600, 100));
        Assert.Equal(0, stats.Jitter, 9);
    }

    [Fact]
    public void Sender_reports_give_lsr_and_dlsr_and_the_peer_gets_the_round_trip()
    {
        // A sends an SR at wallclock T; it reaches B 30 ms later; B reports 1.5 s after that; the report takes 30 ms back.
        var t = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var srNtp = NtpTime.FromDateTime(t);
        var stats = new RtpSourceStatistics(Ssrc, 1);
        var srArrival = TimeSpan.FromSeconds(10);
        stats.OnSenderReport(srNtp, srArrival);

        var block = stats.TakeReportBlock(srArrival + TimeSpan.FromMilliseconds(1500));
        Assert.Equal(NtpTime.Middle32(srNtp), block.LastSenderReport);
        Assert.Equal(NtpTime.ToCompactDuration(TimeSpan.FromMilliseconds(1500)), block.DelaySinceLastSenderReport);

        var backAtA = NtpTime.Middle32(NtpTime.FromDateTime(t + TimeSpan.FromMilliseconds(30 + 1500 + 30)));
        var rtt = NtpTime.RoundTrip(backAtA, block.LastSenderReport, block.DelaySinceLastSenderReport);
        Assert.NotNull(rtt);
        Assert.InRange(rtt.Value.TotalMilliseconds, 59.9, 60.1);
    }

    [Fact]
    public void Report_blocks_survive_the_wire()
    {
        var (stats, _) = Feed(Stream(1, 0, 100).Where(a => a.Sequence % 7 != 0).ToList());
        var block = stats.TakeReportBlock(TimeSpan.FromSeconds(2));
        var packet = new RtcpReceiverReport(99, [block]);
        var buffer = new byte[packet.Size];
        Assert.True(packet.TryWrite(buffer, out _));
        var parsed = Assert.IsType<RtcpReceiverReport>(RtcpCompoundPacket.Parse(buffer).Packets[0]);
        Assert.Equal(block, parsed.Reports[0]);
    }
}
