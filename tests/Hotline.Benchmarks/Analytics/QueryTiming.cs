using System.Diagnostics;

namespace Hotline.Benchmarks.Analytics;

/// <summary>Times a query: one warm-up run, then the median of a few.</summary>
internal static class QueryTiming
{
    public static async Task<double> MedianMillisecondsAsync(Func<Task> query, int runs = 3)
    {
        await query();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }
}
