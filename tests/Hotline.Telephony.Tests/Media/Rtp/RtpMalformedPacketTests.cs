using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class RtpMalformedPacketTests
{
    private static byte[] Valid(int payload = 4)
    {
        var buffer = new byte[RtpPacketWriter.GetSize(payload)];
        RtpPacketWriter.TryWrite(buffer, new RtpHeader(0, 1, 2, 3), new byte[payload], out _);
        return buffer;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    public void Shorter_than_the_fixed_header(int length) =>
        Assert.Equal(RtpParseStatus.TooShort, RtpPacketView.Parse(new byte[length], out _));

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x40)]
    [InlineData(0xC0)]
    public void Wrong_version(byte first)
    {
        var data = Valid();
        data[0] = first;
        Assert.Equal(RtpParseStatus.UnsupportedVersion, RtpPacketView.Parse(data, out _));
    }

    [Fact]
    public void Csrc_count_beyond_the_datagram()
    {
        var data = Valid(payload: 4);
        data[0] = 0x82; // two CSRCs need 8 bytes, only 4 follow
        Assert.Equal(RtpParseStatus.TruncatedCsrcList, RtpPacketView.Parse(data, out _));
    }

    [Fact]
    public void Extension_header_missing()
    {
        var data = Valid(payload: 2);
        data[0] = 0x90;
        Assert.Equal(RtpParseStatus.TruncatedExtension, RtpPacketView.Parse(data, out _));
    }

    [Fact]
    public void Extension_length_beyond_the_datagram()
    {
        var data = Valid(payload: 8);
        data[0] = 0x90;
        data[14] = 0;
        data[15] = 2; // two words = 8 bytes after the 4-byte extension header, only 4 follow
        Assert.Equal(RtpParseStatus.TruncatedExtension, RtpPacketView.Parse(data, out _));
    }

    [Fact]
    public void Padding_count_of_zero()
    {
        var data = Valid();
        data[0] = 0xA0;
        data[^1] = 0;
        Assert.Equal(RtpParseStatus.InvalidPadding, RtpPacketView.Parse(data, out _));
    }

    [Fact]
    public void Padding_longer_than_the_payload()
    {
        var data = Valid(payload: 4);
        data[0] = 0xA0;
        data[^1] = 5;
        Assert.Equal(RtpParseStatus.InvalidPadding, RtpPacketView.Parse(data, out _));
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(3550);
        var counts = new Dictionary<RtpParseStatus, int>();
        for (var i = 0; i < 20000; i++)
        {
            var data = new byte[random.Next(0, 80)];
            random.NextBytes(data);
            if (data.Length > 0 && random.Next(2) == 0)
            {
                data[0] = (byte)(0x80 | (data[0] & 0x3F));
            }

            var status = RtpPacketView.Parse(data, out var packet);
            if (status == RtpParseStatus.Ok)
            {
                // Every accessor stays within the datagram.
                _ = packet.Payload.Length + packet.Extension.Data.Length + packet.SequenceNumber;
                for (var c = 0; c < packet.CsrcCount; c++)
                {
                    _ = packet.GetCsrc(c);
                }

                Assert.True(packet.PayloadOffset + packet.Payload.Length + packet.PaddingLength == data.Length);
            }

            counts[status] = counts.GetValueOrDefault(status) + 1;
        }

        Assert.True(counts.Count >= 5, string.Join(", ", counts));
    }
}
