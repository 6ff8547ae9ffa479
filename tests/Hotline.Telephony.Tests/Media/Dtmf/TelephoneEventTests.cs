using Hotline.Telephony.Media.Dtmf;

namespace Hotline.Telephony.Tests.Media.Dtmf;

[Trait("Category", "Unit")]
public sealed class TelephoneEventTests
{
    [Fact]
    public void Reads_the_sipp_end_packet()
    {
        // The payload of the end packets in sipp's dtmf_2833_5.pcap.
        Assert.True(TelephoneEvent.TryRead([0x05, 0x8A, 0x08, 0xC0], out var e));
        Assert.Equal(new TelephoneEvent(5, true, 10, 2240), e);
        Assert.Equal('5', e.Digit);
    }

    [Fact]
    public void Ignores_the_reserved_bit_and_trailing_bytes()
    {
        Assert.True(TelephoneEvent.TryRead([0x0B, 0x4A, 0x01, 0x40, 0xFF, 0xFF], out var e));
        Assert.Equal(new TelephoneEvent(11, false, 10, 320), e);
        Assert.Equal('#', e.Digit);
    }

    [Fact]
    public void Short_payload_is_rejected() => Assert.False(TelephoneEvent.TryRead([0x05, 0x8A, 0x08], out _));

    [Fact]
    public void Write_round_trips()
    {
        var buffer = new byte[4];
        var e = new TelephoneEvent(15, true, 63, 65535);
        Assert.Equal(4, e.WriteTo(buffer));
        Assert.Equal(new byte[] { 0x0F, 0xBF, 0xFF, 0xFF }, buffer);
        Assert.True(TelephoneEvent.TryRead(buffer, out var back));
        Assert.Equal(e, back);
        Assert.Throws<InvalidOperationException>(() => new TelephoneEvent(1, false, 64, 0).WriteTo(buffer));
        Assert.Throws<ArgumentException>(() => e.WriteTo(new byte[3]));
    }

    [Fact]
    public void Event_codes_and_digits()
    {
        Assert.Equal("0123456789*#ABCD", string.Concat(Enumerable.Range(0, 16).Select(c => DtmfDigits.FromEventCode(c))));
        Assert.Null(DtmfDigits.FromEventCode(16));
        foreach (var digit in DtmfDigits.Keypad)
        {
            Assert.Equal(digit, DtmfDigits.FromEventCode(DtmfDigits.ToEventCode(digit)));
        }

        Assert.Equal(13, DtmfDigits.ToEventCode('b'));
        Assert.Throws<ArgumentOutOfRangeException>(() => DtmfDigits.ToEventCode('x'));
        Assert.Equal((852.0, 1336.0), DtmfDigits.Frequencies('8'));
        Assert.Equal((941.0, 1633.0), DtmfDigits.Frequencies('D'));
    }
}
