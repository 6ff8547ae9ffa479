using Hotline.Telephony.Media.Dtmf;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Media.Dtmf;

[Trait("Category", "Unit")]
public sealed class TelephoneEventSenderTests
{
    [Fact]
    public void Sequence_is_start_updates_every_50_ms_and_three_end_packets()
    {
        var packets = TelephoneEventSender.Sequence('5', 1000, TimeSpan.FromMilliseconds(160));
        Assert.Equal(
            [
                new(1000, 1000, true, new TelephoneEvent(5, false, 10, 0)),
                new(1400, 1000, false, new TelephoneEvent(5, false, 10, 400)),
                new(1800, 1000, false, new TelephoneEvent(5, false, 10, 800)),
                new(2200, 1000, false, new TelephoneEvent(5, false, 10, 1200)),
                new(2280, 1000, false, new TelephoneEvent(5, true, 10, 1280)),
                new(2440, 1000, false, new TelephoneEvent(5, true, 10, 1280)),
                new TelephoneEventPacket(2600, 1000, false, new TelephoneEvent(5, true, 10, 1280)),
            ],
            packets);
    }

    [Fact]
    public void Options_change_pacing_volume_and_end_count()
    {
        var options = new TelephoneEventSenderOptions { UpdateInterval = TimeSpan.FromMilliseconds(20), EndPackets = 5, EndInterval = TimeSpan.Zero, Volume = 6 };
        var packets = TelephoneEventSender.Sequence('#', 0, TimeSpan.FromMilliseconds(100), options);
        Assert.Equal(5, packets.Count(p => !p.Event.End));
        Assert.Equal(5, packets.Count(p => p.Event.End && p.SendAt == 800));
        Assert.All(packets, p => Assert.Equal(6, p.Event.Volume));
        Assert.All(packets, p => Assert.Equal(11, p.Event.EventCode));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TelephoneEventSender.Sequence('x', 0, TimeSpan.FromMilliseconds(100)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TelephoneEventSender.Sequence('1', 0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => TelephoneEventSender.Sequence('1', 0, TimeSpan.FromSeconds(9)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TelephoneEventSender(new TelephoneEventSenderOptions { EndPackets = 0 }));
    }

    [Fact]
    public void Sender_follows_the_stream_clock_and_wraps_the_timestamp()
    {
        var sender = new TelephoneEventSender();
        var start = uint.MaxValue - 500;
        sender.Start('2', start, TimeSpan.FromMilliseconds(100));
        Assert.Throws<InvalidOperationException>(() => sender.Start('3', start, TimeSpan.FromMilliseconds(100)));
        var sent = new List<(uint Tick, TelephoneEventPacket Packet)>();
        for (var tick = 0; tick < 20 && sender.IsSending; tick++)
        {
            var now = (uint)(start + (tick * 160));
            while (sender.TryGetPacket(now, out var p))
            {
                sent.Add((now, p));
            }
        }

        Assert.False(sender.IsSending);
        Assert.All(sent, s => Assert.Equal(start, s.Packet.Timestamp));
        Assert.True(sent[0].Packet.Marker);
        Assert.Equal(3, sent.Count(s => s.Packet.Event.End));
        // Updates go out on the first 20 ms tick at or after they are due.
        Assert.Equal([0, 480, 800, 960, 1120], sent.Select(s => (int)(s.Tick - start)));
    }

    [Fact]
    public void Every_digit_sent_is_received_once()
    {
        var time = new FakeTimeProvider();
        var receiver = new TelephoneEventReceiver(96, time: time);
        var payload = new byte[4];
        uint timestamp = 12345;
        foreach (var digit in DtmfDigits.Keypad)
        {
            foreach (var packet in TelephoneEventSender.Sequence(digit, timestamp, TimeSpan.FromMilliseconds(120)))
            {
                packet.Event.WriteTo(payload);
                time.Advance(TimeSpan.FromMilliseconds(20));
                Assert.True(receiver.Receive(96, packet.Timestamp, packet.Marker, payload));
            }

            timestamp += 3200;
        }

        var received = new List<DtmfDigitReceived>();
        while (receiver.TryReadDigit(out var d))
        {
            received.Add(d);
        }

        Assert.Equal(DtmfDigits.Keypad, string.Concat(received.Select(d => d.Digit)));
        Assert.All(received, d => Assert.Equal(TimeSpan.FromMilliseconds(120), d.Duration));
    }
}
