using Hotline.Telephony.Media.Dtmf;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Media.Dtmf;

[Trait("Category", "Unit")]
public sealed class TelephoneEventReceiverTests
{
    private const int Pt = 101;
    private readonly FakeTimeProvider _time = new();
    private readonly TelephoneEventReceiver _receiver;

    public TelephoneEventReceiverTests() => _receiver = new TelephoneEventReceiver(Pt, time: _time);

    private bool Send(uint timestamp, char digit, ushort duration, bool end = false, bool marker = false, int pt = Pt)
    {
        var payload = new byte[4];
        new TelephoneEvent((byte)DtmfDigits.ToEventCode(digit), end, 10, duration).WriteTo(payload);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        return _receiver.Receive(pt, timestamp, marker, payload);
    }

    private List<DtmfDigitReceived> Drain()
    {
        var list = new List<DtmfDigitReceived>();
        while (_receiver.TryReadDigit(out var d))
        {
            list.Add(d);
        }

        return list;
    }

    [Fact]
    public void A_clean_key_press_gives_one_digit_with_its_duration()
    {
        Send(1000, '5', 0, marker: true);
        Assert.Equal('5', _receiver.CurrentDigit);
        Send(1000, '5', 400);
        Send(1000, '5', 800);
        Assert.Empty(Drain());
        Send(1000, '5', 1280, end: true);
        Send(1000, '5', 1280, end: true);
        Send(1000, '5', 1280, end: true);
        var digit = Assert.Single(Drain());
        Assert.Equal(new DtmfDigitReceived('5', TimeSpan.FromMilliseconds(160), 1000, DtmfEventEnding.EndPacket), digit);
        Assert.Null(_receiver.CurrentDigit);
    }

    [Fact]
    public void Duplicated_packets_and_late_retransmissions_do_not_repeat_the_digit()
    {
        Send(1000, '1', 0, marker: true);
        Send(1000, '1', 0, marker: true);
        Send(1000, '1', 400);
        Send(1000, '1', 400);
        Send(1000, '1', 800, end: true);
        Send(1000, '1', 400);
        Send(1000, '1', 800, end: true);
        _time.Advance(TimeSpan.FromSeconds(1));
        _receiver.Poll();
        Send(1000, '1', 800, end: true);
        Assert.Single(Drain());
    }

    [Fact]
    public void Lost_start_packet_still_gives_the_digit()
    {
        Send(5000, '9', 400);
        Send(5000, '9', 800, end: true);
        Send(5000, '9', 800, end: true);
        Assert.Equal([new DtmfDigitReceived('9', TimeSpan.FromMilliseconds(100), 5000, DtmfEventEnding.EndPacket)], Drain());
    }

    [Fact]
    public void Only_an_end_packet_arriving_still_gives_the_digit()
    {
        Send(5000, '#', 960, end: true);
        Assert.Equal('#', Assert.Single(Drain()).Digit);
    }

    [Fact]
    public void Lost_end_packets_are_ended_by_the_next_event()
    {
        Send(1000, '4', 0, marker: true);
        Send(1000, '4', 400);
        Send(3000, '4', 0, marker: true);
        var first = Assert.Single(Drain());
        Assert.Equal(new DtmfDigitReceived('4', TimeSpan.FromMilliseconds(50), 1000, DtmfEventEnding.NextEvent), first);
        Send(3000, '4', 640, end: true);
        Assert.Equal(DtmfEventEnding.EndPacket, Assert.Single(Drain()).Ending);
    }

    [Fact]
    public void Lost_end_packets_are_ended_by_the_timeout_and_late_ends_are_ignored()
    {
        Send(1000, '7', 0, marker: true);
        Send(1000, '7', 400);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        _receiver.Poll();
        Assert.Empty(Drain());
        Assert.Equal('7', _receiver.CurrentDigit);
        _time.Advance(TimeSpan.FromMilliseconds(60));
        _receiver.Poll();
        Assert.Equal(DtmfEventEnding.Timeout, Assert.Single(Drain()).Ending);
        Send(1000, '7', 800, end: true);
        Send(1000, '7', 400);
        Assert.Empty(Drain());
    }

    [Fact]
    public void The_same_digit_pressed_twice_gives_two_digits()
    {
        foreach (var ts in new uint[] { 1000, 4000 })
        {
            Send(ts, '0', 0, marker: true);
            Send(ts, '0', 640, end: true);
            Send(ts, '0', 640, end: true);
        }

        Assert.Equal("00", string.Concat(Drain().Select(d => d.Digit)));
    }

    [Fact]
    public void A_late_packet_of_the_previous_event_is_ignored()
    {
        Send(1000, '1', 0, marker: true);
        Send(1000, '1', 400);
        Send(3000, '2', 0, marker: true);
        Send(1000, '1', 800, end: true);
        Send(3000, '2', 400, end: true);
        Assert.Equal("12", string.Concat(Drain().Select(d => d.Digit)));
    }

    [Theory]
    [InlineData(96)]
    [InlineData(101)]
    [InlineData(127)]
    public void Any_negotiated_payload_type_is_accepted_and_others_are_left_as_audio(int pt)
    {
        var receiver = new TelephoneEventReceiver(pt, time: _time);
        byte[] end = [3, 0x8A, 0x03, 0x20];
        Assert.False(receiver.Receive(0, 1000, false, end));
        Assert.False(receiver.Receive(pt == 101 ? 96 : 101, 1000, false, end));
        Assert.False(receiver.TryReadDigit(out _));
        Assert.True(receiver.Receive(pt, 1000, false, end));
        Assert.True(receiver.TryReadDigit(out var digit));
        Assert.Equal('3', digit.Digit);
    }

    [Fact]
    public void Malformed_and_non_digit_events_are_consumed_and_ignored()
    {
        Assert.True(_receiver.Receive(Pt, 1000, true, [5, 0x0A]));
        Assert.True(_receiver.Receive(Pt, 2000, true, [16, 0x8A, 0x03, 0x20]));
        Assert.Empty(Drain());
        Assert.Null(_receiver.CurrentDigit);
    }

    [Fact]
    public void A_long_press_split_into_segments_is_one_digit()
    {
        Send(1000, '*', 0, marker: true);
        Send(1000, '*', 65535);
        Send(1000 + 65535, '*', 400);
        Send(1000 + 65535, '*', 800, end: true);
        var digit = Assert.Single(Drain());
        Assert.Equal('*', digit.Digit);
        Assert.Equal(TimeSpan.FromTicks((65535L + 800) * TimeSpan.TicksPerSecond / 8000), digit.Duration);
        Assert.Equal(1000u, digit.Timestamp);
    }

    [Fact]
    public void Timestamps_wrapping_around_zero_work()
    {
        Send(uint.MaxValue - 100, '6', 0, marker: true);
        Send(uint.MaxValue - 100, '6', 640, end: true);
        Send(700, '8', 0, marker: true);
        Send(700, '8', 640, end: true);
        Assert.Equal("68", string.Concat(Drain().Select(d => d.Digit)));
    }

    [Fact]
    public void Receiving_does_not_allocate_in_the_steady_state()
    {
        byte[] start = [5, 0x0A, 0, 0];
        byte[] end = [5, 0x8A, 0x03, 0x20];
        for (uint i = 0; i < 10; i++)
        {
            _receiver.Receive(Pt, i * 2000, true, start);
            _receiver.Receive(Pt, i * 2000, false, end);
            _receiver.TryReadDigit(out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (uint i = 10; i < 1000; i++)
        {
            _receiver.Receive(Pt, i * 2000, true, start);
            _receiver.Receive(Pt, i * 2000, false, end);
            _receiver.Receive(Pt, i * 2000, false, end);
            _receiver.Poll();
            _receiver.TryReadDigit(out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
