namespace Hotline.Telephony.Tests.Media.Audio;

/// <summary>Signal measurements and scratch folders shared by the media tests.</summary>
internal static class AudioTestHelpers
{
    public static double Rms(ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The amplitude of a frequency component, by a plain DFT at that frequency (independent of the detector).</summary>
    public static double AmplitudeAt(ReadOnlySpan<short> samples, double frequency, int sampleRate = 8000)
    {
        double re = 0, im = 0;
        for (var n = 0; n < samples.Length; n++)
        {
            var angle = 2 * Math.PI * frequency * n / sampleRate;
            re += samples[n] * Math.Cos(angle);
            im -= samples[n] * Math.Sin(angle);
        }

        return 2 * Math.Sqrt((re * re) + (im * im)) / samples.Length;
    }

    public static short[] Sine(double frequency, double amplitude, int count, int sampleRate = 8000)
    {
        var samples = new short[count];
        for (var n = 0; n < count; n++)
        {
            samples[n] = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * n / sampleRate));
        }

        return samples;
    }

    public static short[] WhiteNoise(int count, double rms, int seed)
    {
        var random = new Random(seed);
        var samples = new short[count];
        for (var n = 0; n < count; n++)
        {
            // Sum of uniforms: close enough to Gaussian, unit variance after scaling.
            var g = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2;
            samples[n] = (short)Math.Clamp(g * rms, short.MinValue, short.MaxValue);
        }

        return samples;
    }

    /// <summary>A 20 ms (or <paramref name="length"/>-sample) frame of noise, different for each seed, for recordings.</summary>
    public static short[] RecorderFrame(int seed, int length = 160) => WhiteNoise(length, 3000, seed);

    /// <summary>A file's bytes as they are now, while a writer still has it open.</summary>
    public static byte[] ReadWhileOpen(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string TempFolder(string prefix) => Directory.CreateTempSubdirectory("hotline-" + prefix + "-").FullName;
}
