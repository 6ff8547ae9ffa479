using System.Buffers.Binary;

namespace Hotline.Qa.Tests.Audio;

/// <summary>Builds recordings for tests: tone bursts where a party "speaks", faint noise elsewhere.</summary>
internal static class TestAudio
{
    /// <summary>One channel of <paramref name="seconds"/> at <paramref name="rate"/> with a 440 Hz-ish tone during <paramref name="speech"/>.</summary>
    public static float[] Channel(double seconds, int rate, params (double Start, double End)[] speech)
    {
        var random = new Random(7);
        var samples = new float[(int)(seconds * rate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / rate;
            var talking = speech.Any(s => t >= s.Start && t < s.End);
            samples[i] = talking
                ? (float)(0.3 * Math.Sin(2 * Math.PI * 440 * t) + 0.1 * Math.Sin(2 * Math.PI * 1210 * t))
                : (float)((random.NextDouble() - 0.5) * 0.002);
        }

        return samples;
    }

    /// <summary>A 16-bit PCM WAV file's bytes with the given channels interleaved.</summary>
    public static byte[] Wav(int rate, params float[][] channels)
    {
        var frames = channels[0].Length;
        var dataBytes = frames * channels.Length * 2;
        var bytes = new byte[44 + dataBytes];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36 + dataBytes);
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(22), (short)channels.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), rate);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), rate * channels.Length * 2);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(32), (short)(channels.Length * 2));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), dataBytes);
        for (var f = 0; f < frames; f++)
            for (var c = 0; c < channels.Length; c++)
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + (f * channels.Length + c) * 2),
                    (short)Math.Clamp(channels[c][f] * 32767, short.MinValue, short.MaxValue));
        return bytes;
    }
}
