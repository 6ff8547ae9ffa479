using System.Buffers.Binary;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class JitterBufferTests
{
    private const uint Ssrc = 0xAB;

    private sealed record Sent(TimeSpan At, ushort Sequence, uint Timestamp, uint Ssrc = Ssrc);

    private static byte[] Payload(ushort sequence)
    {
        var payload = new byte[160];
        BinaryPrimitives.WriteUInt16BigEndian(payload, sequence);
        return payload;
    }

    private static JitterBufferPutResult Put(JitterBuffer buffer, ushort sequence, uint timestamp, uint ssrc = Ssrc) =>
        buffer.Put(ssrc, sequence, timestamp, 0, false, Payload(sequence));

    private static List<Sent> Stream(int count, ushort firstSequence = 1000, uint firstTimestamp = 80000) =>
        Enumerable.Range(0, count)
            .Select(i => new Sent(TimeSpan.FromMilliseconds(20 * i), (ushort)(firstSequence + i), unchecked(firstTimestamp + (uint)(160 * i))))
            .ToList();

    /// <summary>Delivers packets as they arrive and pulls once per 20 ms tick; returns what each tick yielded.</summary>
    private static List<(JitterBufferFrame Frame, ushort PayloadSequence)> Play(JitterBuffer buffer, IEnumerable<Sent> arrivals, int ticks, int firstTick = 0)
    {
        var pending = new Queue<Sent>(arrivals.OrderBy(a => a.At));
        var output = new List<(JitterBufferFrame, ushort)>();
        var destination = new byte[buffer.MaxPayloadSize];
        for (var tick = 0; tick < ticks; tick++)
        {
            var now = TimeSpan.FromMilliseconds(20 * (firstTick + tick)) + TimeSpan.FromMilliseconds(10);
            while (pending.TryPeek(out var next) && next.At <= now)
            {
                pending.Dequeue();
                Put(buffer, next.Sequence, next.Timestamp, next.Ssrc);
            }

            var played = buffer.TryGetNextFrame(destination, out var frame);
            output.Add((frame, played ? BinaryPrimitives.ReadUInt16BigEndian(destination) : (ushort)0));
        }

        return output;
    }

    private static JitterBuffer Fixed(int targetMs = 60) => new(new JitterBufferOptions
    {
        Adaptive = false,
        TargetDepth = TimeSpan.FromMilliseconds(targetMs),
    });

    [Fact]
    public void Buffers_to_the_target_depth_then_plays_in_order()
    {
        var buffer = Fixed();
        var destination = new byte[buffer.MaxPayloadSize];
        Assert.Equal(JitterBufferPutResult.Accepted, Put(buffer, 1, 160));
        Assert.Equal(JitterBufferPutResult.Accepted, Put(buffer, 2, 320));
        Assert.False(buffer.TryGetNextFrame(destination, out var frame));
        Assert.Equal(JitterFrameStatus.Buffering, frame.Status);

        Put(buffer, 3, 480);
        for (ushort seq = 1; seq <= 3; seq++)
        {
            Assert.True(buffer.TryGetNextFrame(destination, out frame));
            Assert.Equal(JitterFrameStatus.Frame, frame.Status);
            Assert.Equal(seq, frame.SequenceNumber);
            Assert.Equal(seq * 160u, frame.Timestamp);
            Assert.Equal(160, frame.Length);
            Assert.Equal(seq, BinaryPrimitives.ReadUInt16BigEndian(destination));
        }

        Assert.False(buffer.TryGetNextFrame(destination, out frame));
        Assert.Equal(JitterFrameStatus.Underflow, frame.Status);
        Assert.Equal(1, buffer.GetStatistics().Underflows);
    }

    [Fact]
    public void Reordered_packets_within_the_depth_play_in_order()
    {
        var sent = Stream(200);
        var random = new Random(1);

        // Each packet delayed 0–35 ms: many overtake each other, none beyond the 60 ms depth.
        var arrivals = sent.Select(s => s with { At = s.At + TimeSpan.FromMilliseconds(random.Next(0, 36)) }).ToList();
        var output = Play(Fixed(), arrivals, 220);

        var played = output.Where(o => o.Frame.Status == JitterFrameStatus.Frame).Select(o => o.PayloadSequence).ToList();
        Assert.Equal(sent.Select(s => s.Sequence), played);
        Assert.DoesNotContain(output, o => o.Frame.Status == JitterFrameStatus.Lost);
    }

    [Fact]
    public void Duplicates_are_dropped()
    {
        var buffer = Fixed();
        Put(buffer, 1, 0);
        Assert.Equal(JitterBufferPutResult.Duplicate, Put(buffer, 1, 0));
        var output = Play(buffer, Stream(10, 2, 160).SelectMany(s => new[] { s, s }), 14);

        var played = output.Where(o => o.Frame.Status == JitterFrameStatus.Frame).Select(o => (int)o.PayloadSequence).ToList();
        Assert.Equal(Enumerable.Range(1, 11), played);
        Assert.Equal(11, buffer.GetStatistics().Duplicates);
    }

    [Fact]
    public void A_lost_packet_is_reported_in_its_slot_for_concealment()
    {
        var sent = Stream(20).Where(s => s.Sequence != 1005).ToList();
        var output = Play(Fixed(), sent, 25);

        var statuses = output.SkipWhile(o => o.Frame.Status == JitterFrameStatus.Buffering).Take(19).ToList();
        Assert.Equal(JitterFrameStatus.Lost, statuses[5].Frame.Status);
        Assert.Equal(80000u + (5 * 160), statuses[5].Frame.Timestamp);
        Assert.Equal(1004, statuses[4].PayloadSequence);
        Assert.Equal(1006, statuses[6].PayloadSequence);
    }

    [Fact]
    public void A_packet_after_its_playout_time_is_too_late()
    {
        var buffer = Fixed();
        var destination = new byte[buffer.MaxPayloadSize];
        Put(buffer, 1, 0);
        Put(buffer, 3, 320);
        Put(buffer, 4, 480);
        Assert.True(buffer.TryGetNextFrame(destination, out _));
        Assert.False(buffer.TryGetNextFrame(destination, out var frame));
        Assert.Equal(JitterFrameStatus.Lost, frame.Status);

        Assert.Equal(JitterBufferPutResult.TooLate, Put(buffer, 2, 160));
        Assert.Equal(1, buffer.GetStatistics().TooLate);
        Assert.True(buffer.TryGetNextFrame(destination, out frame));
        Assert.Equal(3, frame.SequenceNumber);
    }

    [Fact]
    public void Underflow_then_the_stream_resumes_after_rebuffering()
    {
        var first = Stream(10);
        var second = Stream(10, 1010, 80000 + (160 * 10)).Select(s => s with { At = s.At + TimeSpan.FromMilliseconds(600) });
        var output = Play(Fixed(), first.Concat(second), 60);

        Assert.Contains(output, o => o.Frame.Status == JitterFrameStatus.Underflow);
        var played = output.Where(o => o.Frame.Status == JitterFrameStatus.Frame).Select(o => (int)o.PayloadSequence).ToList();
        Assert.Equal(Enumerable.Range(1000, 20), played);
    }

    [Fact]
    public void A_silence_gap_in_timestamps_is_skipped_not_played_as_loss()
    {
        // Silence suppression: the sender stops for 300 ms, then its timestamps jump by the silence while sequence continues.
        var talk = Stream(10);
        var afterSilence = Stream(10, 1010, 80000 + (160 * 25)).Select(s => s with { At = s.At + TimeSpan.FromMilliseconds(500) });
        var output = Play(Fixed(), talk.Concat(afterSilence), 60);

        Assert.DoesNotContain(output, o => o.Frame.Status == JitterFrameStatus.Lost);
        Assert.Equal(20, output.Count(o => o.Frame.Status == JitterFrameStatus.Frame));
    }

    [Fact]
    public void Sequence_and_timestamp_wrap_around_play_through()
    {
        var sent = Stream(40, 65520, uint.MaxValue - (160 * 20) + 1);
        var output = Play(Fixed(), sent, 45);

        var played = output.Where(o => o.Frame.Status == JitterFrameStatus.Frame).Select(o => o.PayloadSequence).ToList();
        Assert.Equal(sent.Select(s => s.Sequence), played);
    }

    [Fact]
    public void A_new_ssrc_restarts_the_stream()
    {
        var buffer = Fixed();
        var destination = new byte[buffer.MaxPayloadSize];
        for (ushort i = 0; i < 5; i++)
        {
            Put(buffer, i, i * 160u);
        }

        Assert.True(buffer.TryGetNextFrame(destination, out _));
        Assert.Equal(JitterBufferPutResult.Restarted, Put(buffer, 500, 7, ssrc: 0xCD));
        Put(buffer, 501, 167, ssrc: 0xCD);
        Put(buffer, 502, 327, ssrc: 0xCD);

        Assert.True(buffer.TryGetNextFrame(destination, out var frame));
        Assert.Equal(500, frame.SequenceNumber);
        Assert.Equal(1, buffer.GetStatistics().Restarts);
    }

    [Fact]
    public void A_timestamp_reset_without_a_new_ssrc_restarts_after_a_few_packets()
    {
        var buffer = Fixed();
        var output = Play(buffer, Stream(100).Concat(Stream(30, 1100, 5).Select(s => s with { At = s.At + TimeSpan.FromSeconds(2) })), 140);

        Assert.Equal(1, buffer.GetStatistics().Restarts);
        Assert.Contains(output, o => o.PayloadSequence == 1120);
    }

    [Fact]
    public void A_burst_beyond_the_maximum_depth_overflows_back_to_the_target()
    {
        var buffer = Fixed();
        var destination = new byte[buffer.MaxPayloadSize];
        for (ushort i = 0; i < 3; i++)
        {
            Put(buffer, i, i * 160u);
        }

        Assert.True(buffer.TryGetNextFrame(destination, out _));
        var results = Enumerable.Range(3, 20).Select(i => Put(buffer, (ushort)i, (uint)i * 160)).ToList();

        Assert.Contains(JitterBufferPutResult.Overflow, results);
        var stats = buffer.GetStatistics();
        Assert.True(stats.Overflows >= 1);
        Assert.True(stats.FramesDropped > 0);
        Assert.True(stats.CurrentDepth <= TimeSpan.FromMilliseconds(120), stats.ToString());
        Assert.True(buffer.TryGetNextFrame(destination, out var frame));
        Assert.True(frame.SequenceNumber > 3);
    }

    [Fact]
    public void Oversized_payloads_are_refused()
    {
        var buffer = Fixed();
        Assert.Equal(JitterBufferPutResult.Oversized, buffer.Put(1, 1, 0, 0, false, new byte[buffer.MaxPayloadSize + 1]));
    }

    [Fact]
    public void Adaptive_depth_grows_under_jitter_and_shrinks_when_the_network_calms()
    {
        var buffer = new JitterBuffer(new JitterBufferOptions { AdaptationWindowFrames = 50, TargetDepth = TimeSpan.FromMilliseconds(40) });
        var random = new Random(5);
        var sent = Stream(1500);
        var arrivals = sent.Select((s, i) => i < 500 ? s with { At = s.At + TimeSpan.FromMilliseconds(random.Next(0, 90)) } : s).ToList();

        // The first 10 s are rough (0–90 ms of jitter); the clock keeps running into the calm part.
        var roughEnd = TimeSpan.FromMilliseconds((20 * 499) + 10);
        Play(buffer, arrivals.Where(a => a.At <= roughEnd), 500);
        var rough = buffer.GetStatistics();

        // Underflows and late packets push the delay up (rebuffering, a higher target) until the jitter fits in it.
        Assert.True(rough.TooLate + rough.Underflows > 0, rough.ToString());
        Assert.True(rough.CurrentDepth > TimeSpan.FromMilliseconds(40), rough.ToString());
        Assert.True(rough.TooLate + rough.FramesLost < 10, rough.ToString());

        Play(buffer, arrivals.Where(a => a.At > roughEnd), 900, firstTick: 500);
        var calm = buffer.GetStatistics();
        Assert.True(calm.TargetDepth == TimeSpan.FromMilliseconds(40), $"{rough} {calm}");
        Assert.True(calm.CurrentDepth <= TimeSpan.FromMilliseconds(60), calm.ToString());
    }

    [Fact]
    public void A_steady_stream_one_frame_deeper_than_the_target_loses_nothing_to_adaptation()
    {
        var buffer = new JitterBuffer(new JitterBufferOptions
        {
            AdaptationWindowFrames = 50,
            TargetDepth = TimeSpan.FromMilliseconds(40),
            MinDepth = TimeSpan.FromMilliseconds(40),
        });

        // The phone's first four packets come at once, then one per 20 ms: three frames stay buffered after each pull,
        // one more than the 40 ms target, only because of where the packets land between pulls.
        var arrivals = Stream(600).Select((s, i) => s with { At = TimeSpan.FromMilliseconds(20 * Math.Max(0, i - 3)) }).ToList();
        var output = Play(buffer, arrivals, 590);
        var stats = buffer.GetStatistics();

        Assert.Equal(0, stats.FramesDropped);
        Assert.Equal(0, stats.FramesLost);
        Assert.Equal(Enumerable.Range(1000, 590).Select(i => (ushort)i), output.Select(o => o.PayloadSequence));
    }

    [Fact]
    public void Simulated_network_with_loss_reorder_duplication_and_jitter()
    {
        var random = new Random(12328);
        var sent = Stream(3000, 64000, uint.MaxValue - 100000);
        var lost = new HashSet<ushort>();
        var arrivals = new List<Sent>();
        foreach (var s in sent)
        {
            if (random.NextDouble() < 0.02)
            {
                lost.Add(s.Sequence);
                continue;
            }

            var delayed = s with { At = s.At + TimeSpan.FromMilliseconds(random.NextDouble() * 50) };
            arrivals.Add(delayed);
            if (random.NextDouble() < 0.01)
            {
                arrivals.Add(delayed with { At = delayed.At + TimeSpan.FromMilliseconds(random.NextDouble() * 30) });
            }
        }

        var buffer = new JitterBuffer();
        var output = Play(buffer, arrivals, 3020);
        var stats = buffer.GetStatistics();

        var played = output.Where(o => o.Frame.Status == JitterFrameStatus.Frame).Select(o => o.Frame).ToList();

        // Played once each, in timestamp order across the wrap, and never a packet that was lost.
        Assert.Equal(played.Count, played.Select(f => f.SequenceNumber).Distinct().Count());
        Assert.All(played.Zip(played.Skip(1)), p => Assert.True(unchecked((int)(p.Second.Timestamp - p.First.Timestamp)) > 0));
        Assert.DoesNotContain(played, f => lost.Contains(f.SequenceNumber));
        Assert.True(played.Count >= (sent.Count - lost.Count) * 0.95, stats.ToString());
        Assert.True(stats.Duplicates > 0, stats.ToString());
        Assert.Equal(
            stats.PacketsPut,
            stats.FramesPlayed + stats.Duplicates + stats.TooLate + stats.FramesDropped + stats.BufferedFrames);
    }
}
