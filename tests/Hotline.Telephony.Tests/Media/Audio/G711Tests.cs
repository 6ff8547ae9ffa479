using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Audio;

/// <summary>G.711 against the standard's segment/quantisation rules, computed here independently of the tables.</summary>
[Trait("Category", "Unit")]
public sealed class G711Tests
{
    // µ-law: bits inverted on the wire; 14-bit magnitude = ((2·mantissa + 33) << exponent) − 33.
    private static int MuLawDecodeByRule(int code)
    {
        var c = ~code & 0xFF;
        var exponent = (c >> 4) & 7;
        var mantissa = c & 15;
        var magnitude = (((2 * mantissa) + 33) << exponent) - 33;
        return ((c & 0x80) != 0 ? -magnitude : magnitude) * 4;
    }

    // µ-law encoding: bias the 14-bit magnitude by 33, find the interval [(16+m)·2^(e+1), (17+m)·2^(e+1)) holding it.
    private static int MuLawEncodeByRule(short sample)
    {
        var value = sample >> 2;
        var negative = value < 0;
        var biased = Math.Min((negative ? -value : value) + 33, 8191);
        for (var e = 0; e < 8; e++)
        {
            for (var m = 0; m < 16; m++)
            {
                var low = (16 + m) << (e + 1);
                var high = (17 + m) << (e + 1);
                if (biased >= low && biased < high)
                {
                    var code = (e << 4) | m;
                    return ~((negative ? 0x80 : 0) | code) & 0xFF;
                }
            }
        }

        throw new InvalidOperationException("unreachable for clipped input");
    }

    // A-law: even bits inverted; 13-bit magnitude = 2m + 1 in segment 0, (2m + 33) << (e − 1) above; sign bit 1 = positive.
    private static int ALawDecodeByRule(int code)
    {
        var c = code ^ 0x55;
        var exponent = (c >> 4) & 7;
        var mantissa = c & 15;
        var magnitude = exponent == 0 ? (2 * mantissa) + 1 : ((2 * mantissa) + 33) << (exponent - 1);
        return ((c & 0x80) != 0 ? magnitude : -magnitude) * 8;
    }

    private static int ALawEncodeByRule(short sample)
    {
        var value = sample >> 3;
        var positive = value >= 0;
        var magnitude = positive ? value : -value - 1;
        int code;
        if (magnitude >= 4096)
        {
            code = 0x7F;
        }
        else if (magnitude < 32)
        {
            code = magnitude >> 1;
        }
        else
        {
            // Segment e ≥ 1 covers [16 << e, 32 << e) with 16 steps of 2^e.
            var e = 1;
            while (magnitude >= 32 << e)
            {
                e++;
            }

            code = (e << 4) | ((magnitude >> e) & 15);
        }

        return ((positive ? 0x80 : 0) | code) ^ 0x55;
    }

    [Fact]
    public void MuLaw_decode_matches_the_rule_for_every_code()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(MuLawDecodeByRule(code), MuLaw.Decode((byte)code));
        }
    }

    [Fact]
    public void ALaw_decode_matches_the_rule_for_every_code()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(ALawDecodeByRule(code), ALaw.Decode((byte)code));
        }
    }

    [Fact]
    public void MuLaw_encode_matches_the_rule_for_every_16_bit_value()
    {
        for (int s = short.MinValue; s <= short.MaxValue; s++)
        {
            Assert.Equal(MuLawEncodeByRule((short)s), MuLaw.Encode((short)s));
        }
    }

    [Fact]
    public void ALaw_encode_matches_the_rule_for_every_16_bit_value()
    {
        for (int s = short.MinValue; s <= short.MaxValue; s++)
        {
            Assert.Equal(ALawEncodeByRule((short)s), ALaw.Encode((short)s));
        }
    }

    [Fact]
    public void MuLaw_decode_then_encode_is_identity_except_negative_zero()
    {
        for (var code = 0; code < 256; code++)
        {
            var expected = code == 0x7F ? 0xFF : code;
            Assert.Equal(expected, MuLaw.Encode(MuLaw.Decode((byte)code)));
        }
    }

    [Fact]
    public void ALaw_decode_then_encode_is_identity()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(code, ALaw.Encode(ALaw.Decode((byte)code)));
        }
    }

    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    [InlineData(0xFE, 8)]
    [InlineData(0x7E, -8)]
    public void MuLaw_reference_points(int code, int value) => Assert.Equal(value, MuLaw.Decode((byte)code));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    public void ALaw_reference_points(int code, int value) => Assert.Equal(value, ALaw.Decode((byte)code));

    [Fact]
    public void Silence_codes()
    {
        Assert.Equal(MuLaw.Silence, MuLaw.Encode(0));
        Assert.Equal(ALaw.Silence, ALaw.Encode(0));
        Assert.Equal(0, MuLaw.Decode(MuLaw.Silence));
        Assert.Equal(8, ALaw.Decode(ALaw.Silence));
    }

    [Fact]
    public void Quantisation_error_stays_within_half_a_step_of_the_segment()
    {
        for (int s = -32000; s <= 32000; s += 7)
        {
            var sample = (short)s;
            var mu = MuLaw.Decode(MuLaw.Encode(sample));
            var a = ALaw.Decode(ALaw.Encode(sample));

            // The step of the segment the encoder picks (from the truncated 14/13-bit magnitude), in 16-bit units;
            // the error is at most half a step plus the low bits the encoder drops.
            var mu14 = s >= 0 ? s >> 2 : -(s >> 2);
            var muStep = 8 << ((int)Math.Floor(Math.Log2(mu14 + 33)) - 5);
            Assert.InRange(Math.Abs(mu - s), 0, (muStep / 2) + 4);
            var a13 = s >= 0 ? s >> 3 : -(s >> 3) - 1;
            var aStep = a13 < 64 ? 16 : 8 << ((int)Math.Floor(Math.Log2(a13)) - 4);
            Assert.InRange(Math.Abs(a - s), 0, (aStep / 2) + 8);
        }
    }

    [Fact]
    public void Span_versions_match_the_scalar_ones_and_check_lengths()
    {
        var samples = AudioTestHelpers.Sine(1000, 20000, 160);
        var mu = new byte[160];
        var a = new byte[160];
        MuLaw.Encode(samples, mu);
        ALaw.Encode(samples, a);
        var back = new short[160];
        MuLaw.Decode(mu, back);
        for (var i = 0; i < samples.Length; i++)
        {
            Assert.Equal(MuLaw.Encode(samples[i]), mu[i]);
            Assert.Equal(ALaw.Encode(samples[i]), a[i]);
            Assert.Equal(MuLaw.Decode(mu[i]), back[i]);
        }

        ALaw.Decode(a, back);
        Assert.Equal(ALaw.Decode(a[10]), back[10]);
        Assert.Throws<ArgumentException>(() => MuLaw.Encode(samples, new byte[10]));
        Assert.Throws<ArgumentException>(() => ALaw.Decode(a, new short[10]));
    }

    [Fact]
    public void Encoding_a_frame_does_not_allocate()
    {
        var samples = AudioTestHelpers.Sine(440, 10000, 160);
        var codes = new byte[160];
        var decoded = new short[160];
        MuLaw.Encode(samples, codes);
        ALaw.Encode(samples, codes);
        MuLaw.Decode(codes, decoded);
        ALaw.Decode(codes, decoded);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            MuLaw.Encode(samples, codes);
            MuLaw.Decode(codes, decoded);
            ALaw.Encode(samples, codes);
            ALaw.Decode(codes, decoded);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
