namespace Hotline.Telephony.Media.Audio;

/// <summary>ITU-T G.711 A-law: 16-bit linear PCM to 8-bit codes and back, through lookup tables.</summary>
/// <remarks>
/// The encoder quantises the top 13 bits of the sample, as G.711 specifies; even bits are inverted
/// on the wire (the 0x55 mask). Codes decode to the segment's reconstruction value scaled to 16 bits.
/// </remarks>
public static class ALaw
{
    /// <summary>The code for silence (the smallest positive value, +8).</summary>
    public const byte Silence = 0xD5;

    private static readonly short[] s_decode = BuildDecodeTable();
    private static readonly byte[] s_encode = BuildEncodeTable();

    /// <summary>Encodes one sample.</summary>
    public static byte Encode(short sample) => s_encode[(sample >> 3) & 0x1FFF];

    /// <summary>Decodes one code.</summary>
    public static short Decode(byte code) => s_decode[code];

    /// <summary>Encodes samples into codes; <paramref name="codes"/> must be at least as long as <paramref name="samples"/>.</summary>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes) => G711Tables.Encode(s_encode, 3, 0x1FFF, samples, codes);

    /// <summary>Decodes codes into samples; <paramref name="samples"/> must be at least as long as <paramref name="codes"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples) => G711Tables.Decode(s_decode, codes, samples);

    private static byte EncodeByFormula(int thirteenBit)
    {
        // A-law is symmetric around zero without a zero code: -1 maps onto the first negative step.
        int mask;
        int magnitude;
        if (thirteenBit >= 0)
        {
            magnitude = thirteenBit;
            mask = 0xD5;
        }
        else
        {
            magnitude = -thirteenBit - 1;
            mask = 0x55;
        }

        var segment = 0;
        while (segment < 8 && magnitude >= 0x20 << segment)
        {
            segment++;
        }

        if (segment >= 8)
        {
            return (byte)(0x7F ^ mask);
        }

        var mantissa = segment < 2 ? (magnitude >> 1) & 0x0F : (magnitude >> segment) & 0x0F;
        return (byte)(((segment << 4) | mantissa) ^ mask);
    }

    private static short DecodeByFormula(byte code)
    {
        var value = code ^ 0x55;
        var segment = (value >> 4) & 0x07;
        var magnitude = (value & 0x0F) << 4;
        magnitude = segment switch
        {
            0 => magnitude + 8,
            1 => magnitude + 0x108,
            _ => (magnitude + 0x108) << (segment - 1),
        };
        return (short)((value & 0x80) != 0 ? magnitude : -magnitude);
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
        var table = new byte[1 << 13];
        for (var index = 0; index < table.Length; index++)
        {
            var value = index >= 1 << 12 ? index - (1 << 13) : index;
            table[index] = EncodeByFormula(value);
        }

        return table;
    }
}
