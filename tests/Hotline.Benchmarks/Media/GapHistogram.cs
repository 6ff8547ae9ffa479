using System.Diagnostics;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// How far each inter-arrival gap strayed from the 20 ms packet interval (|gap − 20 ms|), in 10 µs buckets up to 500 ms;
/// allocated once, so recording a gap costs nothing on the receive path.
/// </summary>
internal sealed class GapHistogram
{
    private const double BucketMilliseconds = 0.01;
    private const int Buckets = 50_000;
    private static readonly double MillisecondsPerTick = 1000.0 / Stopwatch.Frequency;

    private readonly long[] _counts = new long[Buckets + 1];
    private long _maxTicks;

    public long Count { get; private set; }

    public double MaxMilliseconds => _maxTicks * MillisecondsPerTick;

    /// <summary>Records one deviation, in Stopwatch ticks.</summary>
    public void Add(long deviationTicks)
    {
        var deviation = Math.Abs(deviationTicks);
        var bucket = (int)Math.Min(Buckets, deviation * MillisecondsPerTick / BucketMilliseconds);
        _counts[bucket]++;
        _maxTicks = Math.Max(_maxTicks, deviation);
        Count++;
    }

    /// <summary>The deviation (ms, upper edge of its bucket) that <paramref name="quantile"/> of the gaps stay within.</summary>
    public double Percentile(double quantile)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(quantile * Count);
        long seen = 0;
        for (var bucket = 0; bucket <= Buckets; bucket++)
        {
            seen += _counts[bucket];
            if (seen >= rank)
            {
                return bucket == Buckets ? MaxMilliseconds : Math.Min((bucket + 1) * BucketMilliseconds, MaxMilliseconds);
            }
        }

        return MaxMilliseconds;
    }
}
