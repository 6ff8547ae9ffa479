using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// How loud a sine of one frequency is in 8 kHz audio, measured over 100 ms blocks (10 Hz bins, so the test tones,
/// all multiples of 10 Hz, fall exactly on a bin and do not leak into each other).
/// </summary>
internal static class ToneLevel
{
    /// <summary>100 ms at 8 kHz.</summary>
    public const int BlockSamples = 800;

    /// <summary>The peak amplitude of the frequency in each whole block, in order.</summary>
    public static double[] BlockAmplitudes(ReadOnlySpan<short> samples, double frequency)
    {
        var amplitudes = new double[samples.Length / BlockSamples];
        for (var b = 0; b < amplitudes.Length; b++)
        {
            amplitudes[b] = AudioTestHelpers.AmplitudeAt(samples.Slice(b * BlockSamples, BlockSamples), frequency);
        }

        return amplitudes;
    }

    /// <summary>The median block amplitude: the tone's level through most of the audio (0 for less than a block).</summary>
    public static double Median(ReadOnlySpan<short> samples, double frequency)
    {
        var amplitudes = BlockAmplitudes(samples, frequency);
        if (amplitudes.Length == 0)
        {
            return 0;
        }

        Array.Sort(amplitudes);
        return amplitudes[amplitudes.Length / 2];
    }

    /// <summary>The mean block amplitude: also catches a tone present in only part of the audio.</summary>
    public static double Mean(ReadOnlySpan<short> samples, double frequency)
    {
        var amplitudes = BlockAmplitudes(samples, frequency);
        return amplitudes.Length == 0 ? 0 : amplitudes.Average();
    }
}
