using System.Buffers.Binary;
using Hotline.Telephony.Media.Dtmf;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Media.Dtmf;

/// <summary>The receiver fed with the RFC 4733 packets sipp replays (its <c>dtmf_2833_N.pcap</c> files, PT 101).</summary>
[Trait("Category", "Integration")]
public sealed class SippPcapDtmfTests
{
    private const string Folder = "/usr/share/sip-tester";

    public static TheoryData<int> Digits() => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Digits))]
    public void Each_sipp_pcap_gives_its_digit_once(int digit)
    {
        var path = Path.Combine(Folder, $"dtmf_2833_{digit}.pcap");
        Assert.SkipUnless(File.Exists(path), $"{path} is missing (install sip-tester)");
        var time = new FakeTimeProvider();
        var receiver = new TelephoneEventReceiver(101, time: time);
        var packets = ReadRtp(File.ReadAllBytes(path));
        Assert.NotEmpty(packets);
        foreach (var (pt, marker, timestamp, payload) in packets)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            Assert.True(receiver.Receive(pt, timestamp, marker, payload));
        }

        time.Advance(TimeSpan.FromSeconds(1));
        receiver.Poll();
        Assert.True(receiver.TryReadDigit(out var received));
        Assert.Equal((char)('0' + digit), received.Digit);
        Assert.Equal(DtmfEventEnding.EndPacket, received.Ending);
        Assert.False(receiver.TryReadDigit(out _));
    }

    // Classic pcap, Ethernet, IPv4, UDP: enough to lift the RTP packets out of sipp's sample files.
    private static List<(int Pt, bool Marker, uint Timestamp, byte[] Payload)> ReadRtp(byte[] file)
    {
        var result = new List<(int, bool, uint, byte[])>();
        var littleEndian = BinaryPrimitives.ReadUInt32LittleEndian(file) == 0xA1B2C3D4;
        var offset = 24;
        while (offset + 16 <= file.Length)
        {
            var captured = (int)(littleEndian
                ? BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 8))
                : BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 8)));
            var frame = file.AsSpan(offset + 16, captured);
            offset += 16 + captured;
            var ip = frame[14..];
            var udp = ip[((ip[0] & 0x0F) * 4)..];
            var rtp = udp[8..];
            var headerLength = 12 + ((rtp[0] & 0x0F) * 4);
            result.Add((rtp[1] & 0x7F, (rtp[1] & 0x80) != 0, BinaryPrimitives.ReadUInt32BigEndian(rtp[4..]), rtp[headerLength..].ToArray()));
        }

        return result;
    }
}
