namespace Hotline.Qa.Audio;

/// <summary>Doubles a signal's sample rate (8 kHz telephone audio to the 16 kHz Whisper requires) with a windowed-sinc half-band filter.</summary>
/// <remarks>Even output samples are the input samples; odd ones are interpolated halfway between them, so the band below the
/// input's Nyquist frequency passes unchanged and nothing above it is invented.</remarks>
public static class Upsampler
{
    private const int HalfTaps = 16;
    private static readonly float[] HalfwayTaps = BuildTaps();

    /// <summary>The signal at twice its sample rate; the result has exactly twice as many samples.</summary>
    public static float[] Upsample(ReadOnlySpan<float> input)
    {
        var output = new float[input.Length * 2];
        for (var i = 0; i < input.Length; i++)
        {
            output[2 * i] = input[i];
            var sum = 0f;
            // The halfway point between input[i] and input[i + 1] weighs neighbours i-15 .. i+16 symmetrically.
            for (var k = 0; k < HalfwayTaps.Length; k++)
            {
                var index = i - HalfTaps + 1 + k;
                if ((uint)index < (uint)input.Length)
                    sum += input[index] * HalfwayTaps[k];
            }

            output[2 * i + 1] = sum;
        }

        return output;
    }

    private static float[] BuildTaps()
    {
        var taps = new float[2 * HalfTaps];
        for (var k = 0; k < taps.Length; k++)
        {
            // Distance in input samples from the halfway point to neighbour k.
            var x = k - HalfTaps + 0.5;
            var sinc = Math.Sin(Math.PI * x) / (Math.PI * x);
            var window = 0.42 + 0.5 * Math.Cos(Math.PI * x / (HalfTaps + 0.5)) + 0.08 * Math.Cos(2 * Math.PI * x / (HalfTaps + 0.5));
            taps[k] = (float)(sinc * window);
        }

        var gain = taps.Sum();
        for (var k = 0; k < taps.Length; k++)
            taps[k] /= gain;
        return taps;
    }
}
