namespace Hotline.Telephony.Media.Audio;

/// <summary>ITU-T G.711 µ-law: 16-bit linear PCM to 8-bit codes and back, through lookup tables.</summary>
/// <remarks>
/// The encoder quantises the top 14 bits of the sample, as G.711 specifies; the decoder yields the
/// segment's reconstruction value scaled to 16 bits (±32124 at most).
/// </remarks>
public static class MuLaw
{
    /// <summary>The code for silence (positive zero).</summary>
    public const byte Silence = 0xFF;

    private const int Bias = 33;
    private const int Clip = 8191;

    private static readonly short[] s_decode = BuildDecodeTable();
    private static readonly byte[] s_encode = BuildEncodeTable();

    /// <summary>Encodes one sample.</summary>
    public static byte Encode(short sample) => s_encode[(sample >> 2) & 0x3FFF];

    /// <summary>Decodes one code.</summary>
    public static short Decode(byte code) => s_decode[code];

    /// <summary>Encodes samples into codes; <paramref name="codes"/> must be at least as long as <paramref name="samples"/>.</summary>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes) => G711Tables.Encode(s_encode, 2, 0x3FFF, samples, codes);

    /// <summary>Decodes codes into samples; <paramref name="samples"/> must be at least as long as <paramref name="codes"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples) => G711Tables.Decode(s_decode, codes, samples);

    private static byte EncodeByFormula(int fourteenBit)
    {
        // Sign-magnitude with the magnitude biased by 33 so that every segment starts on a power of two.
        int mask;
        int magnitude;
        if (fourteenBit < 0)
        {
            magnitude = -fourteenBit;
            mask = 0x7F;
        }
        else
        {
            magnitude = fourteenBit;
            mask = 0xFF;
        }

        magnitude = Math.Min(magnitude + Bias, Clip);
        var segment = 0;
        while (segment < 7 && magnitude >= 0x40 << segment)
        {
            segment++;
        }

        var code = (segment << 4) | ((magnitude >> (segment + 1)) & 0x0F);
        return (byte)(code ^ mask);
    }

    private static short DecodeByFormula(byte code)
    {
        var inverted = ~code & 0xFF;
        var segment = (inverted >> 4) & 0x07;
        var magnitude = (((inverted & 0x0F) << 3) + (Bias << 2)) << segment;
        magnitude -= Bias << 2;
        return (short)((inverted & 0x80) != 0 ? -magnitude : magnitude);
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            table[code] = DecodeByFormula((byte)code);
        }

        return table;
    }

    private static byte[] BuildEncodeTable()
    {
        var table = new byte[1 << 14];
        for (var index = 0; index < table.Length; index++)
        {
            // The index is the 14-bit two's-complement value; sign-extend it back.
            var value = index >= 1 << 13 ? index - (1 << 14) : index;
            table[index] = EncodeByFormula(value);
        }

        return table;
    }
}
