using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Finds where the voice is in 8 kHz audio: from the first to the last 10 ms frame that is clearly not silence.</summary>
internal static class SpeechActivity
{
    /// <summary>10 ms: fine enough to measure a duration to 1 % of a two-second sentence.</summary>
    public const int FrameSamples = 80;

    /// <summary>A frame counts as voiced when its RMS reaches this fraction of the loudest frame's.</summary>
    public const double ThresholdOfLoudest = 0.05;

    /// <summary>The span from the first to the last voiced frame (pauses inside included); empty for silence.</summary>
    public static SampleSpan Span(ReadOnlySpan<short> samples)
    {
        var frames = samples.Length / FrameSamples;
        var levels = new double[frames];
        var loudest = 0.0;
        for (var f = 0; f < frames; f++)
        {
            levels[f] = AudioTestHelpers.Rms(samples.Slice(f * FrameSamples, FrameSamples));
            loudest = Math.Max(loudest, levels[f]);
        }

        if (loudest == 0)
        {
            return new SampleSpan(0, 0);
        }

        var threshold = loudest * ThresholdOfLoudest;
        var first = Array.FindIndex(levels, level => level >= threshold);
        var last = Array.FindLastIndex(levels, level => level >= threshold);
        return new SampleSpan(first * FrameSamples, (last - first + 1) * FrameSamples);
    }

    /// <summary>Only the voiced part of the samples (see <see cref="Span"/>).</summary>
    public static short[] Trim(ReadOnlySpan<short> samples)
    {
        var span = Span(samples);
        return samples.Slice(span.Start, span.Length).ToArray();
    }
}
