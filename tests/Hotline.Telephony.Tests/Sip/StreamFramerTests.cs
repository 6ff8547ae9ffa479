using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Sip;

[Trait("Category", "Unit")]
public sealed class StreamFramerTests
{
    private static readonly byte[] _message = Encoding.ASCII.GetBytes(
        "MESSAGE sip:8001@hotline.example SIP/2.0\r\n" +
        "Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bK1\r\n" +
        "To: <sip:8001@hotline.example>\r\n" +
        "From: <sip:8002@hotline.example>;tag=1\r\n" +
        "Call-ID: framer\r\n" +
        "CSeq: 1 MESSAGE\r\n" +
        "Content-Type: text/plain\r\n" +
        "l: 11\r\n" +
        "\r\n" +
        "hello\r\nbody");

    private static List<SipFrameResult> Drain(SipStreamFramer framer)
    {
        var results = new List<SipFrameResult>();
        while (true)
        {
            var result = framer.Read();
            if (result.Status == SipFrameStatus.NeedMoreData)
            {
                return results;
            }

            results.Add(result);
            if (result.Status == SipFrameStatus.Error)
            {
                return results;
            }
        }
    }

    [Fact]
    public void Message_split_at_every_byte_offset_is_framed_once()
    {
        for (var split = 0; split <= _message.Length; split++)
        {
            var framer = new SipStreamFramer();
            framer.Append(_message.AsSpan(0, split));
            var first = Drain(framer);
            framer.Append(_message.AsSpan(split));
            var all = first.Concat(Drain(framer)).ToList();
            var item = Assert.Single(all);
            Assert.Equal(SipFrameStatus.Message, item.Status);
            Assert.True(item.Parsed!.IsSuccess, item.Parsed.Error?.ToString());
            Assert.Equal("hello\r\nbody"u8.ToArray(), item.Parsed.Message!.Body.ToArray());
            Assert.Equal(0, framer.BufferedBytes);
        }
    }

    [Fact]
    public void Byte_by_byte_delivery_of_two_messages_and_keep_alives()
    {
        var stream = "\r\n\r\n"u8.ToArray().Concat(_message).Concat("\r\n"u8.ToArray()).Concat(_message).Concat("\r\n\r\n"u8.ToArray()).ToArray();
        var framer = new SipStreamFramer();
        var results = new List<SipFrameResult>();
        foreach (var b in stream)
        {
            framer.Append([b]);
            results.AddRange(Drain(framer));
        }

        Assert.Equal([SipFrameStatus.KeepAlive, SipFrameStatus.Message, SipFrameStatus.Message, SipFrameStatus.KeepAlive], results.Select(r => r.Status));
    }

    [Fact]
    public void Two_messages_in_one_buffer()
    {
        var framer = new SipStreamFramer();
        framer.Append([.. _message, .. _message, .. "INV"u8]);
        var results = Drain(framer);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.Parsed!.IsSuccess));
        Assert.Equal(3, framer.BufferedBytes);
    }

    [Fact]
    public void Stateless_frame_reports_offsets()
    {
        var frame = SipStreamFramer.FindFrame([.. "\r\n"u8, .. _message, .. "x"u8]);
        Assert.Equal(SipFrameStatus.Message, frame.Status);
        Assert.Equal(2, frame.Offset);
        Assert.Equal(_message.Length, frame.Length);
        Assert.Equal(_message.Length + 2, frame.Consumed);
        Assert.Equal(SipFrameStatus.NeedMoreData, SipStreamFramer.FindFrame("\r\n\r"u8).Status);
        Assert.Equal(SipFrameStatus.NeedMoreData, SipStreamFramer.FindFrame(_message.AsSpan(0, _message.Length - 1)).Status);
    }

    [Theory]
    [InlineData("l: 11\r\n", "", "missing")]
    [InlineData("l: 11\r\n", "Content-Length: -5\r\n", "negative")]
    [InlineData("l: 11\r\n", "Content-Length: 11\r\nl: 11\r\n", "more than once")]
    [InlineData("l: 11\r\n", "Content-Length: 99999999999\r\n", "exceeds")]
    [InlineData("l: 11\r\n", "Content-Length: abc\r\n", "not a number")]
    public void Bad_content_length_is_a_framing_error(string original, string replacement, string expected)
    {
        var text = Encoding.ASCII.GetString(_message).Replace(original, replacement, StringComparison.Ordinal);
        var framer = new SipStreamFramer();
        framer.Append(Encoding.ASCII.GetBytes(text));
        var result = framer.Read();
        Assert.Equal(SipFrameStatus.Error, result.Status);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
        framer.Append(_message);
        Assert.Equal(SipFrameStatus.Error, framer.Read().Status);
    }

    [Fact]
    public void Oversized_header_section_and_body_are_framing_errors()
    {
        var options = new SipFramerOptions { MaxHeaderBytes = 200, MaxBodyBytes = 10 };
        var endless = new SipStreamFramer(options);
        endless.Append(Encoding.ASCII.GetBytes("INVITE sip:a@b SIP/2.0\r\n" + new string('X', 300)));
        Assert.Contains("header section", endless.Read().Error, StringComparison.Ordinal);

        var bigHeaders = new SipStreamFramer(options);
        bigHeaders.Append(Encoding.ASCII.GetBytes("INVITE sip:a@b SIP/2.0\r\nX: " + new string('X', 300) + "\r\nl: 0\r\n\r\n"));
        Assert.Equal(SipFrameStatus.Error, bigHeaders.Read().Status);

        var bigBody = new SipStreamFramer(new SipFramerOptions { MaxBodyBytes = 10 });
        bigBody.Append(_message);
        Assert.Contains("exceeds the limit", bigBody.Read().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Torture_vectors_with_bad_lengths_do_not_misframe_the_next_message()
    {
        foreach (var file in new[] { "ncl.dat", "mcl01.dat" })
        {
            var framer = new SipStreamFramer();
            framer.Append([.. TortureVectors.Read(file), .. _message]);
            Assert.Equal(SipFrameStatus.Error, framer.Read().Status);
        }

        // clerr declares 9999 octets: the stream waits for them rather than cutting the next message in.
        var waiting = new SipStreamFramer();
        waiting.Append([.. TortureVectors.Read("clerr.dat"), .. _message]);
        Assert.Equal(SipFrameStatus.NeedMoreData, waiting.Read().Status);
    }

    [Fact]
    public void Parse_errors_inside_a_well_framed_message_do_not_break_the_stream()
    {
        var bad = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(_message).Replace("CSeq: 1 MESSAGE", "CSeq: 1 INVITE", StringComparison.Ordinal));
        var framer = new SipStreamFramer();
        framer.Append([.. bad, .. _message]);
        var results = Drain(framer);
        Assert.Equal(2, results.Count);
        Assert.Equal(400, results[0].Parsed!.Error!.StatusCode);
        Assert.True(results[1].Parsed!.IsSuccess);
    }
}
