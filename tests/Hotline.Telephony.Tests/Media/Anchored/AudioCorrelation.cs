using System.Numerics;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Normalised cross-correlation of a template (what a phone sent) against a longer signal (what another phone or the
/// recording got), at the lag where they match best.
/// </summary>
/// <remarks>
/// At each lag the coefficient is Σ t[i]·s[lag+i] / √(Σ t[i]² · Σ s[lag+i]²), the template against the stretch of signal
/// under it. Audio is taken as zero-mean, so a gain change or a delay leaves a faithful copy at 1, while noise, distortion,
/// missing or stretched audio bring it down. Every lag is tried (no FFT), which is plenty fast for a few seconds at 8 kHz.
/// </remarks>
internal static class AudioCorrelation
{
    /// <summary>The lag with the highest coefficient; a signal that is silent under every lag gives coefficient 0.</summary>
    /// <exception cref="ArgumentException">The template is empty or silent, or longer than the signal.</exception>
    public static CorrelationMatch BestMatch(ReadOnlySpan<short> template, ReadOnlySpan<short> signal)
    {
        if (template.IsEmpty)
        {
            throw new ArgumentException("The template is empty.", nameof(template));
        }

        if (signal.Length < template.Length)
        {
            throw new ArgumentException(
                $"The signal ({signal.Length} samples) is shorter than the template ({template.Length} samples).", nameof(signal));
        }

        var t = ToFloats(template);
        var s = ToFloats(signal);
        var templateEnergy = 0.0;
        foreach (var value in t)
        {
            templateEnergy += (double)value * value;
        }

        if (templateEnergy == 0)
        {
            throw new ArgumentException("The template is silent: nothing to look for.", nameof(template));
        }

        // Prefix sums give the energy of the signal under any lag in O(1).
        var prefix = new double[s.Length + 1];
        for (var i = 0; i < s.Length; i++)
        {
            prefix[i + 1] = prefix[i] + ((double)s[i] * s[i]);
        }

        var best = new CorrelationMatch(0, 0);
        var found = false;
        for (var lag = 0; lag + t.Length <= s.Length; lag++)
        {
            var windowEnergy = prefix[lag + t.Length] - prefix[lag];
            if (windowEnergy <= 0)
            {
                continue;
            }

            var coefficient = Math.Clamp(Dot(t, s.AsSpan(lag, t.Length)) / Math.Sqrt(templateEnergy * windowEnergy), -1, 1);
            if (!found || coefficient > best.Coefficient)
            {
                best = new CorrelationMatch(coefficient, lag);
                found = true;
            }
        }

        return best;
    }

    private static float[] ToFloats(ReadOnlySpan<short> samples)
    {
        var floats = new float[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            // Full scale becomes ±1 so the float sums stay well inside their precision.
            floats[i] = samples[i] / 32768f;
        }

        return floats;
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sums = Vector<float>.Zero;
        var i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
        {
            sums += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        double total = Vector.Sum(sums);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
