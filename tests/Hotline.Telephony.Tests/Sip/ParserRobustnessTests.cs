using System.Diagnostics;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Sip;

/// <summary>Mutated and truncated torture vectors must yield a result, never an exception or a hang.</summary>
[Trait("Category", "Unit")]
public sealed class ParserRobustnessTests
{
    private static readonly byte[] _interesting = "\r\n \t:;,<>\"\\%@=?/[]0-9\0\u007f"u8.ToArray();

    [Fact]
    public void Every_truncation_of_every_vector_returns_a_result()
    {
        foreach (var file in Directory.GetFiles(TortureVectors.Directory, "*.dat"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var length = 0; length <= bytes.Length; length++)
            {
                var result = SipMessageParser.Parse(bytes.AsSpan(0, length));
                Assert.True(result.IsSuccess || result.IsKeepAlive || result.Error is not null);
            }
        }
    }

    [Fact]
    public void Random_mutations_return_a_result_quickly()
    {
        var random = new Random(4475);
        var vectors = Directory.GetFiles(TortureVectors.Directory, "*.dat").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        for (var iteration = 0; iteration < 20_000; iteration++)
        {
            var mutated = Mutate(vectors[random.Next(vectors.Length)], random);
            var started = stopwatch.Elapsed;
            var result = SipMessageParser.Parse(mutated);
            var framed = SipStreamFramer.FindFrame(mutated);
            var took = stopwatch.Elapsed - started;
            slowest = took > slowest ? took : slowest;
            Assert.True(result.IsSuccess || result.IsKeepAlive || result.Error is not null);
            Assert.True(framed.Consumed >= 0 && framed.Consumed <= mutated.Length);
            if (result.IsSuccess)
            {
                // Whatever was accepted must serialize and read back.
                Assert.True(SipMessageParser.Parse(SipMessageSerializer.Serialize(result.Message!)).IsSuccess);
            }
            else
            {
                _ = result.Error?.CreateResponse();
            }
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"20000 parses took {stopwatch.Elapsed}");
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"slowest parse took {slowest}");
    }

    [Fact]
    public void Huge_header_counts_and_long_lines_are_bounded()
    {
        var builder = new System.Text.StringBuilder("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nTo: <sip:a@b>\r\nFrom: <sip:c@d>;tag=1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n");
        for (var i = 0; i < 5000; i++)
        {
            builder.Append("X-H: ").Append(new string(',', 20)).Append("\r\n");
        }

        var result = SipMessageParser.Parse(System.Text.Encoding.ASCII.GetBytes(builder.Append("\r\n").ToString()));
        Assert.Equal(SipParseErrorKind.TooLarge, result.Error!.Kind);
        Assert.Equal(400, result.Error.StatusCode);
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] = _interesting[random.Next(_interesting.Length)];
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.Insert(at, _interesting[random.Next(_interesting.Length)]);
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var length = Math.Min(random.Next(1, 40), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
