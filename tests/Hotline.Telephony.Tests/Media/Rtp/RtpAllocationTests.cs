using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class RtpAllocationTests
{
    [Fact]
    public void Write_parse_statistics_and_jitter_buffer_allocate_nothing_per_packet()
    {
        var datagram = new byte[RtpPacketWriter.GetSize(160)];
        var payload = new byte[160];
        var frame = new byte[320];
        var stats = new RtpSourceStatistics(77, 100);
        var buffer = new JitterBuffer();

        void Packet(int i)
        {
            var sequence = (ushort)(100 + i);
            RtpPacketWriter.TryWrite(datagram, new RtpHeader(0, sequence, (uint)(160 * i), 77), payload, out var length);
            RtpPacketView.Parse(datagram.AsSpan(0, length), out var packet);
            stats.Update(packet.SequenceNumber, packet.Timestamp, TimeSpan.FromMilliseconds(20 * i), packet.Payload.Length);
            buffer.Put(packet);
            buffer.TryGetNextFrame(frame, out _);
        }

        for (var i = 0; i < 100; i++)
        {
            Packet(i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 100; i < 70100; i++)
        {
            Packet(i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(stats.PacketsReceived > 70000);
    }
}
