using System.Diagnostics;

namespace Hotline.Benchmarks.Tickets;

/// <summary>Latencies of repeated calls, in milliseconds, with their percentiles.</summary>
internal sealed class TicketLatencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    /// <summary>Times <paramref name="call"/> and keeps its latency.</summary>
    public async Task MeasureAsync(Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        await call();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The latency below which <paramref name="share"/> of the calls fell (nearest rank).</summary>
    public double Percentile(double share)
    {
        if (_milliseconds.Count == 0)
            return double.NaN;
        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count) - 1;
        return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Count - 1)], 3);
    }
}
