namespace Hotline.Benchmarks.Media;

/// <summary>How many inter-arrival gaps were measured and how far they strayed: median, 99th percentile and worst (ms).</summary>
internal sealed record JitterFigures(long Gaps, double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds)
{
    public static JitterFigures Of(GapHistogram histogram) =>
        new(histogram.Count, histogram.Percentile(0.5), histogram.Percentile(0.99), histogram.MaxMilliseconds);
}
