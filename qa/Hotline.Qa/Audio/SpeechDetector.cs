namespace Hotline.Qa.Audio;

/// <summary>Energy-based voice activity detection for one channel: no model needed.</summary>
public sealed class SpeechDetector(SpeechDetectorSettings settings)
{
    /// <summary>A detector with the default settings.</summary>
    public SpeechDetector()
        : this(new SpeechDetectorSettings())
    {
    }

    /// <summary>The speech stretches of <paramref name="samples"/>, in time order.</summary>
    public IReadOnlyList<SpeechSpan> Detect(ReadOnlySpan<float> samples, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sampleRate, 0);
        var frameLength = Math.Max(1, (int)(settings.FrameSeconds * sampleRate));
        var frameCount = samples.Length / frameLength;
        if (frameCount == 0)
            return [];

        var levels = new double[frameCount];
        for (var f = 0; f < frameCount; f++)
            levels[f] = Decibels(samples.Slice(f * frameLength, frameLength));

        var threshold = Math.Max(settings.FloorDecibels, NoiseFloor(levels) + settings.AboveNoiseDecibels);
        var frameSeconds = (double)frameLength / sampleRate;
        var spans = new List<SpeechSpan>();
        for (var f = 0; f < frameCount; f++)
        {
            if (levels[f] < threshold)
                continue;
            var start = f * frameSeconds;
            var end = start + frameSeconds;
            if (spans.Count > 0 && start - spans[^1].End < settings.BridgeSeconds)
                spans[^1] = spans[^1] with { End = end };
            else
                spans.Add(new SpeechSpan(start, end));
        }

        spans.RemoveAll(s => s.Length < settings.MinimumSeconds);
        return spans;
    }

    private static double Decibels(ReadOnlySpan<float> frame)
    {
        var energy = 0.0;
        foreach (var sample in frame)
            energy += sample * sample;
        return 10 * Math.Log10(energy / frame.Length + 1e-12);
    }

    // The 10th percentile of frame levels: a call is mostly pauses on each channel, so this tracks the line's hiss.
    private static double NoiseFloor(double[] levels)
    {
        var sorted = (double[])levels.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length / 10];
    }
}
