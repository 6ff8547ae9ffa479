using System.Diagnostics;

namespace Hotline.Benchmarks.Sip;

/// <summary>
/// Finds the highest rate with zero failures: climbs a ladder of rates until a step fails, then bisects between the last
/// passing and the first failing rate a few times. Bounded by the ladder, the number of bisections and a time budget.
/// </summary>
internal sealed class RateSearch(string path, IReadOnlyList<int> ladder, int bisections, TimeSpan budget, Func<int, Task<RateStep>> runStep)
{
    public async Task<RateSearchResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var steps = new List<RateStep>();
        var best = 0;
        int? failing = null;
        var outOfTime = false;
        foreach (var rate in ladder)
        {
            if (clock.Elapsed > budget)
            {
                outOfTime = true;
                break;
            }

            var step = await runStep(rate);
            steps.Add(step);
            if (!step.Passed)
            {
                failing = rate;
                break;
            }

            best = rate;
        }

        for (var i = 0; i < bisections && failing is { } fail && !outOfTime; i++)
        {
            // Round to a multiple of 10 calls/s: finer than that is noise on a shared machine.
            var middle = (best + fail) / 2 / 10 * 10;
            if (middle <= best || middle >= fail)
            {
                break;
            }

            if (clock.Elapsed > budget)
            {
                outOfTime = true;
                break;
            }

            var step = await runStep(middle);
            steps.Add(step);
            if (step.Passed)
            {
                best = middle;
            }
            else
            {
                failing = middle;
            }
        }

        return new RateSearchResult(path, best, failing, outOfTime, steps);
    }
}
