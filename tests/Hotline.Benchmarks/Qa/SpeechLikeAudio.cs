using System.Buffers.Binary;

namespace Hotline.Benchmarks.Qa;

/// <summary>A generated two-party call that is shaped like speech for the detector and the recogniser: turns of voiced
/// "syllables" (a 100–250 Hz fundamental with falling harmonics, gliding pitch, 120–280 ms each) separated by pauses, over line noise.</summary>
internal static class SpeechLikeAudio
{
    /// <summary>A stereo 16-bit WAV (left caller, right agent) of <paramref name="seconds"/> at <paramref name="rate"/> Hz; about 40 % of it is each party's speech.</summary>
    public static byte[] Conversation(double seconds, int rate, int seed)
    {
        var random = new Random(seed);
        var frames = (int)(seconds * rate);
        var caller = new float[frames];
        var agent = new float[frames];
        var t = 0.5;
        var agentTurn = true;
        while (t < seconds - 1)
        {
            var turn = 2 + (random.NextDouble() * 6);
            var channel = agentTurn ? agent : caller;
            var pitch = agentTurn ? 190 + (random.NextDouble() * 40) : 120 + (random.NextDouble() * 40);
            var end = Math.Min(seconds - 0.5, t + turn);
            while (t < end)
            {
                var syllable = 0.12 + (random.NextDouble() * 0.16);
                Syllable(channel, rate, t, syllable, pitch * (0.85 + (random.NextDouble() * 0.3)), random);
                t += syllable + 0.03 + (random.NextDouble() * 0.05);
                if (random.NextDouble() < 0.12)
                    t += 0.2 + (random.NextDouble() * 0.3);
            }

            t += 0.3 + (random.NextDouble() * 1.2);
            agentTurn = !agentTurn;
        }

        for (var i = 0; i < frames; i++)
        {
            caller[i] += (float)((random.NextDouble() - 0.5) * 0.003);
            agent[i] += (float)((random.NextDouble() - 0.5) * 0.003);
        }

        return Wav(rate, caller, agent);
    }

    private static void Syllable(float[] channel, int rate, double start, double length, double pitch, Random random)
    {
        var first = (int)(start * rate);
        var count = Math.Min((int)(length * rate), channel.Length - first);
        var glide = (random.NextDouble() - 0.5) * 0.3;
        var loudness = 0.15 + (random.NextDouble() * 0.15);
        double phase = 0;
        for (var i = 0; i < count; i++)
        {
            var x = (double)i / count;
            var f0 = pitch * (1 + (glide * x));
            phase += 2 * Math.PI * f0 / rate;
            var envelope = Math.Sin(Math.PI * x);
            double sample = 0;
            for (var harmonic = 1; harmonic <= 8 && harmonic * f0 < rate / 2.0; harmonic++)
                sample += Math.Sin(harmonic * phase) / harmonic;
            channel[first + i] += (float)(loudness * envelope * sample * 0.5);
        }
    }

    private static byte[] Wav(int rate, float[] left, float[] right)
    {
        var data = left.Length * 4;
        var bytes = new byte[44 + data];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36 + data);
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(22), 2);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), rate);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), rate * 4);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(32), 4);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), data);
        for (var i = 0; i < left.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + (i * 4)), (short)Math.Clamp(left[i] * 32767, short.MinValue, short.MaxValue));
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(46 + (i * 4)), (short)Math.Clamp(right[i] * 32767, short.MinValue, short.MaxValue));
        }

        return bytes;
    }
}
