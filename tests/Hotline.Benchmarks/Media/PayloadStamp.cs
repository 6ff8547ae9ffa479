using Hotline.Telephony.Media.Audio;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// Marks a G.711 µ-law payload with its call and packet number, so the far end knows which packet came back.
/// The mark survives Hotline's decode → mix → encode: µ-law maps every code but 0x7F (−0) back to itself, and the mark
/// uses only two fixed bytes and nibbles written as 0x10–0x1F.
/// </summary>
internal static class PayloadStamp
{
    /// <summary>Bytes the mark takes at the start of the payload.</summary>
    public const int Size = 2 + 4 + 8;

    private const byte FirstMagic = 0x2A;
    private const byte SecondMagic = 0x55;
    private const byte NibbleBase = 0x10;

    public static void Write(Span<byte> payload, int call, uint counter)
    {
        payload[0] = FirstMagic;
        payload[1] = SecondMagic;
        WriteNibbles(payload.Slice(2, 4), (uint)call);
        WriteNibbles(payload.Slice(6, 8), counter);
    }

    public static bool TryRead(ReadOnlySpan<byte> payload, out int call, out uint counter)
    {
        call = 0;
        counter = 0;
        if (payload.Length < Size || payload[0] != FirstMagic || payload[1] != SecondMagic
            || !TryReadNibbles(payload.Slice(2, 4), out var callBits) || !TryReadNibbles(payload.Slice(6, 8), out counter))
        {
            return false;
        }

        call = (int)callBits;
        return true;
    }

    /// <summary>Throws when a byte the mark uses would not survive a µ-law decode and re-encode (the premise of the benchmark).</summary>
    public static void VerifyRoundTrip()
    {
        for (var code = 0; code < 16; code++)
        {
            Verify((byte)(NibbleBase + code));
        }

        Verify(FirstMagic);
        Verify(SecondMagic);
    }

    private static void Verify(byte code)
    {
        var back = MuLaw.Encode(MuLaw.Decode(code));
        if (back != code)
        {
            throw new InvalidOperationException($"µ-law code 0x{code:X2} comes back as 0x{back:X2}: the payload mark would not survive the mixer");
        }
    }

    private static void WriteNibbles(Span<byte> destination, uint value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)(NibbleBase + (value & 0xF));
            value >>= 4;
        }
    }

    private static bool TryReadNibbles(ReadOnlySpan<byte> source, out uint value)
    {
        value = 0;
        foreach (var b in source)
        {
            var nibble = b - NibbleBase;
            if (nibble is < 0 or > 15)
            {
                return false;
            }

            value = (value << 4) | (uint)nibble;
        }

        return true;
    }
}
