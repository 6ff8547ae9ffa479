namespace Hotline.Telephony.Media.Audio;

/// <summary>Downsamples mono PCM to 8 kHz: a windowed-sinc low-pass, evaluated only where needed, then linear interpolation.</summary>
/// <remarks>
/// The low-pass cuts at 3.9 kHz with a Blackman window wide enough that anything above 4.5 kHz (which would fold
/// back into the telephone band) is attenuated by more than 50 dB; the band up to about 3.2 kHz passes flat.
/// </remarks>
public static class Resampler
{
    private const double CutoffHz = 3900;
    private const double TransitionHz = 1200;

    /// <summary>Converts samples at <paramref name="sourceRate"/> (at least 8 kHz) to 8 kHz.</summary>
    public static short[] ToNarrowband(ReadOnlySpan<short> input, int sourceRate) =>
        Downsample(input, sourceRate, AudioFormat.SampleRate);

    /// <summary>Converts samples to a lower (or equal) rate.</summary>
    public static short[] Downsample(ReadOnlySpan<short> input, int sourceRate, int targetRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceRate, targetRate);
        if (sourceRate == targetRate)
        {
            return input.ToArray();
        }

        var kernel = LowPass(sourceRate, CutoffHz * targetRate / AudioFormat.SampleRate, TransitionHz * targetRate / AudioFormat.SampleRate);
        var outputLength = (int)((long)input.Length * targetRate / sourceRate);
        var output = new short[outputLength];
        var step = (double)sourceRate / targetRate;
        for (var i = 0; i < output.Length; i++)
        {
            var position = i * step;
            var index = (int)position;
            var fraction = position - index;
            var value = Filter(input, kernel, index);
            if (fraction > 0)
            {
                value += (Filter(input, kernel, index + 1) - value) * fraction;
            }

            output[i] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
        }

        return output;
    }

    private static double Filter(ReadOnlySpan<short> input, double[] kernel, int center)
    {
        var half = kernel.Length / 2;
        var sum = 0.0;
        var start = Math.Max(0, half - center);
        var end = Math.Min(kernel.Length, input.Length - center + half);
        for (var k = start; k < end; k++)
        {
            sum += kernel[k] * input[center + k - half];
        }

        return sum;
    }

    private static double[] LowPass(int sampleRate, double cutoffHz, double transitionHz)
    {
        // Blackman's transition band is about 5.5 / N of the sample rate.
        var taps = (int)Math.Ceiling(5.5 * sampleRate / transitionHz) | 1;
        var kernel = new double[taps];
        var fc = cutoffHz / sampleRate;
        var middle = (taps - 1) / 2.0;
        var sum = 0.0;
        for (var n = 0; n < taps; n++)
        {
            var x = n - middle;
            var sinc = x == 0 ? 2 * fc : Math.Sin(2 * Math.PI * fc * x) / (Math.PI * x);
            var window = 0.42 - (0.5 * Math.Cos(2 * Math.PI * n / (taps - 1))) + (0.08 * Math.Cos(4 * Math.PI * n / (taps - 1)));
            kernel[n] = sinc * window;
            sum += kernel[n];
        }

        for (var n = 0; n < taps; n++)
        {
            kernel[n] /= sum;
        }

        return kernel;
    }
}
