using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

[Trait("Category", "Unit")]
public sealed class RtcpPacketTests
{
    private static readonly RtcpReportBlock BlockA = new(0x11111111, 64, 1234, 0x0001FFFF, 87, 0xB7052000, 0x00054000);
    private static readonly RtcpReportBlock BlockB = new(0x22222222, 0, -5, 42, 0, 0, 0);

    private static byte[] Write(params RtcpPacket[] packets)
    {
        var buffer = new byte[RtcpCompoundPacket.GetSize(packets)];
        Assert.True(RtcpCompoundPacket.TryWrite(buffer, packets, out var written));
        Assert.Equal(buffer.Length, written);
        return buffer;
    }

    [Fact]
    public void Sender_report_sdes_and_bye_round_trip()
    {
        var info = new RtcpSenderInfo(NtpTime.FromDateTime(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)), 160000, 1000, 160000);
        var sr = new RtcpSenderReport(0xCAFEBABE, info, [BlockA, BlockB]);
        var sdes = RtcpSourceDescription.ForCanonicalName(0xCAFEBABE, "agent-8001@hotline.example");
        var bye = new RtcpGoodbye([0xCAFEBABE], "call ended 通话结束");

        var data = Write(sr, sdes, bye);
        Assert.Equal(0, data.Length % 4);
        var result = RtcpCompoundPacket.Parse(data);

        Assert.Equal(RtcpParseStatus.Ok, result.Status);
        Assert.Equal(3, result.Packets.Count);
        var parsedSr = Assert.IsType<RtcpSenderReport>(result.Packets[0]);
        Assert.Equal(sr.Ssrc, parsedSr.Ssrc);
        Assert.Equal(info, parsedSr.SenderInfo);
        Assert.Equal([BlockA, BlockB], parsedSr.Reports);
        var parsedSdes = Assert.IsType<RtcpSourceDescription>(result.Packets[1]);
        Assert.Equal("agent-8001@hotline.example", Assert.Single(parsedSdes.Chunks).CanonicalName);
        var parsedBye = Assert.IsType<RtcpGoodbye>(result.Packets[2]);
        Assert.Equal([0xCAFEBABE], parsedBye.Sources);
        Assert.Equal("call ended 通话结束", parsedBye.Reason);
    }

    [Fact]
    public void Receiver_report_round_trips_with_negative_cumulative_loss()
    {
        var data = Write(new RtcpReceiverReport(7, [BlockB]), RtcpSourceDescription.ForCanonicalName(7, "x"));
        var result = RtcpCompoundPacket.Parse(data);

        var rr = Assert.IsType<RtcpReceiverReport>(result.Packets[0]);
        Assert.Equal(7u, rr.Ssrc);
        Assert.Equal(-5, Assert.Single(rr.Reports).CumulativeLost);
    }

    [Fact]
    public void Empty_receiver_report_is_eight_bytes()
    {
        var data = Write(new RtcpReceiverReport(7, []));
        Assert.Equal([0x80, 201, 0, 1, 0, 0, 0, 7], data);
    }

    [Fact]
    public void Sdes_with_several_items_and_chunks_round_trips()
    {
        var sdes = new RtcpSourceDescription(
        [
            new RtcpSdesChunk(1, [new RtcpSdesItem(RtcpSdesItemType.CanonicalName, "abc"), new RtcpSdesItem(RtcpSdesItemType.Tool, "Hotline")]),
            new RtcpSdesChunk(2, [new RtcpSdesItem(RtcpSdesItemType.CanonicalName, "abcd")]),
            new RtcpSdesChunk(3, []),
        ]);

        var result = RtcpCompoundPacket.Parse(Write(new RtcpReceiverReport(1, []), sdes));

        var parsed = Assert.IsType<RtcpSourceDescription>(result.Packets[1]);
        Assert.Equal(3, parsed.Chunks.Count);
        Assert.Equal([RtcpSdesItemType.CanonicalName, RtcpSdesItemType.Tool], parsed.Chunks[0].Items.Select(i => i.Type));
        Assert.Equal("Hotline", parsed.Chunks[0].Items[1].Text);
        Assert.Equal("abcd", parsed.Chunks[1].CanonicalName);
        Assert.Empty(parsed.Chunks[2].Items);
    }

    [Fact]
    public void Unknown_packet_types_are_kept()
    {
        var app = new RtcpUnknownPacket(204, 1, new byte[] { 1, 2, 3, 4, (byte)'n', (byte)'a', (byte)'m', (byte)'e' });
        var result = RtcpCompoundPacket.Parse(Write(new RtcpReceiverReport(1, []), app));
        var parsed = Assert.IsType<RtcpUnknownPacket>(result.Packets[1]);
        Assert.Equal(204, parsed.PacketType);
        Assert.Equal(app.Body.ToArray(), parsed.Body.ToArray());
    }

    [Fact]
    public void Padding_on_the_last_packet_is_removed()
    {
        var rr = Write(new RtcpReceiverReport(9, [BlockA]));
        var padded = new byte[rr.Length + 4];
        rr.CopyTo(padded, 0);
        padded[0] |= 0x20;
        padded[3] += 1;
        padded[^1] = 4;

        var result = RtcpCompoundPacket.Parse(padded);

        Assert.Equal(RtcpParseStatus.Ok, result.Status);
        Assert.Equal(BlockA, Assert.Single(Assert.IsType<RtcpReceiverReport>(result.Packets[0]).Reports));
    }

    [Fact]
    public void Malformed_datagrams_give_a_status()
    {
        var good = Write(new RtcpReceiverReport(9, [BlockA]), RtcpSourceDescription.ForCanonicalName(9, "cname"));
        Assert.Equal(RtcpParseStatus.Ok, RtcpCompoundPacket.Parse(good).Status);

        Assert.Equal(RtcpParseStatus.TooShort, RtcpCompoundPacket.Parse([]).Status);
        Assert.Equal(RtcpParseStatus.TooShort, RtcpCompoundPacket.Parse(good.AsSpan(0, 30)).Status);
        Assert.Equal(RtcpParseStatus.LengthMismatch, RtcpCompoundPacket.Parse(good.AsSpan(0, 28)).Status);

        var version = (byte[])good.Clone();
        version[0] = 0x41;
        Assert.Equal(RtcpParseStatus.UnsupportedVersion, RtcpCompoundPacket.Parse(version).Status);

        var padNotLast = (byte[])good.Clone();
        padNotLast[0] |= 0x20;
        Assert.Equal(RtcpParseStatus.InvalidPadding, RtcpCompoundPacket.Parse(padNotLast).Status);

        var tooManyBlocks = (byte[])good.Clone();
        tooManyBlocks[0] = 0x82;
        Assert.Equal(RtcpParseStatus.InvalidReport, RtcpCompoundPacket.Parse(tooManyBlocks).Status);

        var byeFirst = Write(new RtcpGoodbye([1]));
        Assert.Equal(RtcpParseStatus.FirstPacketNotReport, RtcpCompoundPacket.Parse(byeFirst).Status);
        Assert.Equal(RtcpParseStatus.Ok, RtcpCompoundPacket.Parse(byeFirst, allowReducedSize: true).Status);

        var byeReason = Write(new RtcpReceiverReport(1, []), new RtcpGoodbye([1], "bye"));
        byeReason[16] = 200; // reason length runs past the packet
        Assert.Equal(RtcpParseStatus.InvalidGoodbye, RtcpCompoundPacket.Parse(byeReason).Status);

        var sdes = (byte[])good.Clone();
        sdes[28 + 8 + 4 + 1] = 250; // CNAME length runs past the packet
        Assert.Equal(RtcpParseStatus.InvalidSourceDescription, RtcpCompoundPacket.Parse(sdes).Status);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(6);
        var good = Write(new RtcpSenderReport(1, new RtcpSenderInfo(1, 2, 3, 4), [BlockA]), RtcpSourceDescription.ForCanonicalName(1, "c"), new RtcpGoodbye([1], "r"));
        var statuses = new HashSet<RtcpParseStatus>();
        for (var i = 0; i < 20000; i++)
        {
            var data = (byte[])good.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            statuses.Add(RtcpCompoundPacket.Parse(data.AsSpan(0, random.Next(data.Length + 1)), allowReducedSize: random.Next(2) == 0).Status);
        }

        Assert.True(statuses.Count >= 6, string.Join(", ", statuses));
    }

    [Fact]
    public void Ntp_timestamps_convert_both_ways()
    {
        var time = new DateTimeOffset(2025, 6, 30, 12, 34, 56, 789, TimeSpan.Zero);
        var ntp = NtpTime.FromDateTime(time);

        Assert.Equal(3960275696UL, ntp >> 32);
        Assert.InRange((NtpTime.ToDateTime(ntp) - time).Duration(), TimeSpan.Zero, TimeSpan.FromTicks(1));
    }

    [Fact]
    public void Round_trip_time_follows_the_rfc_3550_example()
    {
        // §6.4.1 figure: A = 0xb710:8000, LSR = 0xb705:2000, DLSR = 0x0005:4000 → 6.125 s.
        var rtt = NtpTime.RoundTrip(0xB7108000, 0xB7052000, 0x00054000);
        Assert.Equal(TimeSpan.FromMilliseconds(6125), rtt);
        Assert.Null(NtpTime.RoundTrip(0xB7108000, 0, 0));
    }
}
