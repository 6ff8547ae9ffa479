using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class RtpPacketTests
{
    [Fact]
    public void Parses_a_hand_written_pcmu_packet()
    {
        // V=2, M=1, PT=0, seq 0x1234, ts 0x00010203, SSRC 0xDEADBEEF, two payload bytes.
        byte[] datagram = [0x80, 0x80, 0x12, 0x34, 0x00, 0x01, 0x02, 0x03, 0xDE, 0xAD, 0xBE, 0xEF, 0xFF, 0x7F];

        Assert.Equal(RtpParseStatus.Ok, RtpPacketView.Parse(datagram, out var packet));

        Assert.True(packet.Marker);
        Assert.Equal(0, packet.PayloadType);
        Assert.Equal(0x1234, packet.SequenceNumber);
        Assert.Equal(0x00010203u, packet.Timestamp);
        Assert.Equal(0xDEADBEEFu, packet.Ssrc);
        Assert.Equal(0, packet.CsrcCount);
        Assert.False(packet.HasExtension);
        Assert.Equal([0xFF, 0x7F], packet.Payload.ToArray());
        Assert.Equal(12, packet.PayloadOffset);
    }

    [Fact]
    public void Round_trips_a_plain_packet()
    {
        var header = new RtpHeader(8, 65535, uint.MaxValue, 0x01020304, Marker: false);
        var payload = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();
        var buffer = new byte[RtpPacketWriter.GetSize(payload.Length)];

        Assert.True(RtpPacketWriter.TryWrite(buffer, header, payload, out var written));
        Assert.Equal(172, written);
        Assert.Equal(RtpParseStatus.Ok, RtpPacketView.Parse(buffer.AsSpan(0, written), out var packet));

        Assert.Equal(header, packet.Header);
        Assert.Equal(payload, packet.Payload.ToArray());
    }

    [Fact]
    public void Round_trips_csrcs_extension_padding_and_marker()
    {
        var header = new RtpHeader(101, 7, 123456, 42, Marker: true);
        uint[] csrcs = [1, 2, 0xFFFFFFFF];
        byte[] extensionData = [1, 2, 3, 4, 5, 6, 7, 8];
        byte[] payload = [9, 8, 7];
        var buffer = new byte[100];

        Assert.True(RtpPacketWriter.TryWrite(buffer, header, payload, out var written, csrcs, new RtpHeaderExtension(0xBEDE, extensionData), paddingLength: 5));
        Assert.Equal(RtpPacketWriter.GetSize(3, 3, 8, 5), written);
        Assert.Equal(RtpParseStatus.Ok, RtpPacketView.Parse(buffer.AsSpan(0, written), out var packet));

        Assert.Equal(header, packet.Header);
        Assert.True(packet.HasPadding);
        Assert.Equal(5, packet.PaddingLength);
        Assert.Equal(3, packet.CsrcCount);
        Assert.Equal(csrcs, Enumerable.Range(0, 3).Select(i => GetCsrc(buffer, written, i)).ToArray());
        Assert.True(packet.HasExtension);
        Assert.Equal(0xBEDE, packet.Extension.Profile);
        Assert.Equal(extensionData, packet.Extension.Data.ToArray());
        Assert.Equal(payload, packet.Payload.ToArray());
    }

    private static uint GetCsrc(byte[] buffer, int length, int index)
    {
        RtpPacketView.Parse(buffer.AsSpan(0, length), out var packet);
        return packet.GetCsrc(index);
    }

    [Fact]
    public void Writer_refuses_a_buffer_that_is_too_small()
    {
        var buffer = new byte[20];
        Assert.False(RtpPacketWriter.TryWrite(buffer, new RtpHeader(0, 1, 2, 3), new byte[9], out var written));
        Assert.Equal(0, written);
        Assert.True(RtpPacketWriter.TryWrite(buffer, new RtpHeader(0, 1, 2, 3), new byte[8], out written));
        Assert.Equal(20, written);
    }

    [Fact]
    public void Writer_rejects_unrepresentable_input()
    {
        var buffer = new byte[100];
        Assert.Throws<ArgumentOutOfRangeException>(() => RtpPacketWriter.TryWrite(buffer, new RtpHeader(128, 1, 2, 3), [], out _));
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.TryWrite(buffer, new RtpHeader(0, 1, 2, 3), [], out _, extension: new RtpHeaderExtension(1, new byte[3])));
    }

    [Fact]
    public void Empty_payload_is_valid()
    {
        var buffer = new byte[12];
        Assert.True(RtpPacketWriter.TryWrite(buffer, new RtpHeader(13, 1, 2, 3), [], out _));
        Assert.Equal(RtpParseStatus.Ok, RtpPacketView.Parse(buffer, out var packet));
        Assert.True(packet.Payload.IsEmpty);
    }
}
