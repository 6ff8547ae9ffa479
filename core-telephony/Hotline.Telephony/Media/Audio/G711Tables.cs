namespace Hotline.Telephony.Media.Audio;

/// <summary>The table-driven span loops both G.711 laws share; each law brings its tables and how many low bits it drops.</summary>
internal static class G711Tables
{
    /// <summary>Encodes with <paramref name="table"/> indexed by the sample shifted right by <paramref name="shift"/> and masked.</summary>
    public static void Encode(byte[] table, int shift, int mask, ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (codes.Length < samples.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(codes));
        }

        for (var i = 0; i < samples.Length; i++)
        {
            codes[i] = table[(samples[i] >> shift) & mask];
        }
    }

    /// <summary>Decodes each code through <paramref name="table"/>.</summary>
    public static void Decode(short[] table, ReadOnlySpan<byte> codes, Span<short> samples)
    {
        if (samples.Length < codes.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(samples));
        }

        for (var i = 0; i < codes.Length; i++)
        {
            samples[i] = table[codes[i]];
        }
    }
}
