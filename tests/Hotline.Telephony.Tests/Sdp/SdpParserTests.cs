using System.Text;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Tests.Sdp;

[Trait("Category", "Unit")]
public sealed class SdpParserTests
{
    public static TheoryData<string> PeerSamples => new()
    {
        SdpSamples.Sipp,
        SdpSamples.SippPt96,
        SdpSamples.Baresip,
        SdpSamples.Linphone,
    };

    public static TheoryData<string> RfcSamples => new()
    {
        SdpSamples.Rfc4317AudioVideoOffer,
        SdpSamples.Rfc4317AudioVideoAnswer,
        SdpSamples.Rfc4317TwoAudioOffer,
        SdpSamples.Rfc4317TwoAudioAnswer,
        SdpSamples.Rfc4317HoldOffer,
        SdpSamples.Rfc4317HoldAnswer,
        SdpSamples.Rfc3264Offer,
        SdpSamples.Rfc3264Answer,
        SdpSamples.Rfc3264SecondOffer,
        SdpSamples.Rfc3264SecondAnswer,
    };

    [Theory]
    [MemberData(nameof(PeerSamples))]
    public void Peer_samples_round_trip_byte_for_byte(string sample)
    {
        var text = SdpSamples.Crlf(sample);
        Assert.Equal(text, SdpParser.Parse(text).ToString());
        // LF-only input, as some phones send, yields the same CRLF output.
        Assert.Equal(text, SdpParser.Parse(sample.ReplaceLineEndings("\n")).ToString());
    }

    [Theory]
    [MemberData(nameof(RfcSamples))]
    public void Rfc_samples_round_trip_with_the_empty_session_name_written_as_dash(string sample)
    {
        var parsed = SdpParser.Parse(sample);
        Assert.Equal("-", parsed.SessionName);
        var expected = SdpSamples.Crlf(sample).Replace("s=\r\n", "s=-\r\n", StringComparison.Ordinal);
        Assert.Equal(expected, parsed.ToString());
        Assert.Equal(expected, SdpParser.Parse(parsed.ToString()).ToString());
    }

    [Fact]
    public void Reads_every_field_of_the_sipp_offer()
    {
        var sdp = SdpParser.Parse(SdpSamples.Sipp);
        Assert.Equal(new SdpOrigin("user1", "53655765", "2353687637", "IN", "IP4", "127.0.0.1"), sdp.Origin);
        Assert.Equal("-", sdp.SessionName);
        Assert.Equal(new SdpConnection("IN", "IP4", "127.0.0.1"), sdp.Connection);
        Assert.Equal(0UL, Assert.Single(sdp.Timings).Start);
        var audio = Assert.Single(sdp.Media);
        Assert.Equal("audio", audio.Media);
        Assert.Equal(6000, audio.Port);
        Assert.Null(audio.PortCount);
        Assert.Equal("RTP/AVP", audio.Protocol);
        Assert.Equal(["0", "101"], audio.Formats);
        Assert.Equal(new SdpRtpMap(101, "telephone-event", 8000), audio.Attributes.GetRtpMap(101));
        Assert.Equal("0-11,16", audio.Attributes.GetFmtp("101")!.Parameters);
        Assert.Equal(
            [new RtpPayloadFormat(0, "PCMU", 8000), new RtpPayloadFormat(101, "telephone-event", 8000, 1, "0-11,16")],
            audio.PayloadFormats);
    }

    [Fact]
    public void Static_payload_types_are_known_without_rtpmap()
    {
        var audio = SdpParser.Parse(SdpSamples.SippPt96).Media[0];
        Assert.Null(audio.Attributes.GetRtpMap(8));
        Assert.Equal(new RtpPayloadFormat(8, "PCMA", 8000), audio.ResolvePayloadFormat("8"));
        Assert.Equal(new RtpPayloadFormat(0, "PCMU", 8000), audio.ResolvePayloadFormat("0"));
        Assert.Null(audio.ResolvePayloadFormat("97"));
    }

    [Fact]
    public void Reads_the_baresip_offer_with_media_level_bandwidth_and_kept_attributes()
    {
        var audio = SdpParser.Parse(SdpSamples.Baresip).Media[0];
        Assert.Equal(new SdpBandwidth("AS", 64), Assert.Single(audio.Bandwidths));
        Assert.Equal(new SdpRtpMap(111, "opus", 48000, 2), audio.Attributes.GetRtpMap(111));
        Assert.Equal(2, audio.ResolvePayloadFormat("111")!.Channels);
        Assert.Equal(SdpDirection.SendRecv, audio.Attributes.Direction);
        Assert.Equal("3123184571 cname:9c9b3bd4-8f1d-4e7c-9b4c-2b4d1d5e0a57", Assert.Single(audio.Attributes.Ssrcs));
        Assert.True(audio.Attributes.Has("rtcp-rsize"));
        Assert.Equal("urn:ietf:params:rtp-hdrext:ssrc-audio-level", audio.Attributes.Find("extmap")!.Value![2..]);
    }

    [Fact]
    public void Keeps_session_attributes_in_order()
    {
        var sdp = SdpParser.Parse(SdpSamples.Linphone);
        Assert.Equal(["rtcp-xr", "record"], sdp.Attributes.Select(a => a.Name));
        Assert.Equal("off", sdp.Attributes.Find("record")!.Value);
        Assert.Equal(7079, sdp.Media[0].Attributes.Rtcp!.Port);
        Assert.Equal(2, sdp.Media.Count);
    }

    [Fact]
    public void Reads_and_writes_all_optional_session_lines()
    {
        const string text = """
            v=0
            o=jdoe 3724394400 3724394405 IN IP4 198.51.100.1
            s=Call to John Smith
            i=SDP Offer #1
            u=http://www.jdoe.example.com/home.html
            e=Jane Doe <jane@jdoe.example.com>
            p=+1 617 555-6011
            c=IN IP4 198.51.100.1
            b=CT:128
            t=0 0
            t=3724394400 3724398000
            r=7d 1h 0 25h
            z=2882844526 -1h 2898848070 0
            k=prompt
            a=tool:hotline
            x=something-new
            m=audio 49170 RTP/AVP 0
            i=the voice
            c=IN IP6 2001:db8::1
            b=TIAS:64000
            k=clear:secret
            a=ptime:30
            a=maxptime:60
            y=0100000001
            m=video 51372/2 RTP/AVP 99
            a=rtpmap:99 h263-1998/90000

            """;
        var sdp = SdpParser.Parse(text);
        Assert.Equal("SDP Offer #1", sdp.Information);
        Assert.Equal("http://www.jdoe.example.com/home.html", sdp.Uri);
        Assert.Equal("Jane Doe <jane@jdoe.example.com>", Assert.Single(sdp.Emails));
        Assert.Equal("+1 617 555-6011", Assert.Single(sdp.Phones));
        Assert.Equal(new SdpBandwidth("CT", 128), Assert.Single(sdp.Bandwidths));
        Assert.Equal(2, sdp.Timings.Count);
        Assert.Equal("7d 1h 0 25h", Assert.Single(sdp.Timings[1].Repeats));
        Assert.Equal("2882844526 -1h 2898848070 0", sdp.TimeZones);
        Assert.Equal("prompt", sdp.EncryptionKey);
        Assert.Equal(new SdpUnknownLine('x', "something-new", 1), Assert.Single(sdp.UnknownLines));
        var audio = sdp.Media[0];
        Assert.Equal("the voice", audio.Information);
        Assert.Equal(new SdpConnection("IN", "IP6", "2001:db8::1"), sdp.ConnectionFor(audio));
        Assert.Equal(new SdpBandwidth("TIAS", 64000), Assert.Single(audio.Bandwidths));
        Assert.Equal("clear:secret", audio.EncryptionKey);
        Assert.Equal(30, audio.Attributes.Ptime);
        Assert.Equal(60, audio.Attributes.MaxPtime);
        Assert.Equal('y', Assert.Single(audio.UnknownLines).Type);
        Assert.Equal(2, sdp.Media[1].PortCount);
        Assert.Equal(SdpSamples.Crlf(text), sdp.ToString());
    }

    [Fact]
    public void Tolerates_trailing_whitespace_blank_lines_and_a_missing_session_name()
    {
        var text = "v=0  \r\no=- 1 1 IN IP4 10.0.0.1\t\r\n\r\ns= \r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 8   \r\n\r\n";
        var sdp = SdpParser.Parse(text);
        Assert.Equal("-", sdp.SessionName);
        Assert.Equal(["8"], sdp.Media[0].Formats);

        var noName = SdpParser.Parse("v=0\no=- 1 1 IN IP4 10.0.0.1\nt=0 0\nm=audio 4000 RTP/AVP 0\n");
        Assert.Equal("-", noName.SessionName);
        Assert.Contains("\r\ns=-\r\n", noName.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_missing_t_line_as_0_0()
    {
        var sdp = SdpParser.Parse("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nm=audio 4000 RTP/AVP 0\n");
        Assert.Empty(sdp.Timings);
        Assert.Contains("\r\nt=0 0\r\n", sdp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_utf8_bodies()
    {
        var bytes = Encoding.UTF8.GetBytes("v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=12328 热线\r\nt=0 0\r\n");
        Assert.Equal("12328 热线", SdpParser.Parse(bytes).SessionName);
    }

    [Fact]
    public void Keeps_big_session_ids_and_increments_versions_without_overflow()
    {
        var sdp = SdpParser.Parse("v=0\no=- 18446744073709551615 18446744073709551615 IN IP4 10.0.0.1\ns=-\nt=0 0\n");
        Assert.Equal("18446744073709551616", sdp.Origin.WithNextVersion().SessionVersion);
    }

    [Theory]
    [InlineData("v=0\nhello world\n", 2, "hello world")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio sixty RTP/AVP 0\n", 5, "m=audio sixty RTP/AVP 0")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 70000 RTP/AVP 0\n", 5, "m=audio 70000 RTP/AVP 0")]
    [InlineData("v=0\no=- 1 1 IN IP4\n", 2, "o=- 1 1 IN IP4")]
    [InlineData("v=0\no=- one 1 IN IP4 10.0.0.1\n", 2, "o=- one 1 IN IP4 10.0.0.1")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nc=IN IP4\n", 4, "c=IN IP4")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nb=AS:fast\n", 4, "b=AS:fast")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=now 0\n", 4, "t=now 0")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nr=7d 1h 0\n", 4, "r=7d 1h 0")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtpmap:zero PCMU/8000\n", 6, "a=rtpmap:zero PCMU/8000")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtpmap:0 PCMU\n", 6, "a=rtpmap:0 PCMU")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\na=ptime:soon\n", 6, "a=ptime:soon")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtcp:port\n", 6, "a=rtcp:port")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\no=- 2 2 IN IP4 10.0.0.1\n", 6, "o=- 2 2 IN IP4 10.0.0.1")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\no=- 1 1 IN IP4 10.0.0.1\n", 3, "o=- 1 1 IN IP4 10.0.0.1")]
    [InlineData("v=0\ns=-\n", 2, "s=-")]
    [InlineData("o=- 1 1 IN IP4 10.0.0.1\n", 1, "o=- 1 1 IN IP4 10.0.0.1")]
    [InlineData("v=1\n", 1, "v=1")]
    [InlineData("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\na=\n", 6, "a=")]
    public void Garbage_throws_an_error_naming_the_line(string text, int lineNumber, string line)
    {
        var e = Assert.Throws<SdpFormatException>(() => SdpParser.Parse(text));
        Assert.Equal(lineNumber, e.LineNumber);
        Assert.Equal(line, e.Line);
        Assert.Contains($"line {lineNumber}", e.Message, StringComparison.Ordinal);
        Assert.Contains(line, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("v=0\r\n")]
    public void Bodies_without_v_or_o_are_rejected(string text)
    {
        var e = Assert.Throws<SdpFormatException>(() => SdpParser.Parse(text));
        Assert.Null(e.LineNumber);
    }

    [Fact]
    public void TryParse_reports_the_error_instead_of_throwing()
    {
        Assert.False(SdpParser.TryParse("v=0\ngarbage\n", out var sdp, out var error));
        Assert.Null(sdp);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.True(SdpParser.TryParse(SdpSamples.Sipp, out sdp, out error));
        Assert.NotNull(sdp);
        Assert.Null(error);
    }

    [Fact]
    public void Clone_is_deep()
    {
        var sdp = SdpParser.Parse(SdpSamples.Baresip);
        var copy = sdp.Clone();
        copy.Media[0].Port = 1;
        copy.Media[0].Attributes.Clear();
        Assert.Equal(10476, sdp.Media[0].Port);
        Assert.NotEmpty(sdp.Media[0].Attributes);
    }
}
