using System.Globalization;
using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Tests.Engines.Embedded;

/// <summary>Queries the engine while other threads force collections and catch null references.</summary>
/// <remarks>With chDB's signal handlers in place either of those hangs the process; with the runtime's it is routine.</remarks>
internal static class RuntimeUnderStress
{
    public static async Task<(int Collections, int CaughtNullReferences)> RunQueriesAsync(IAnalyticsEngine engine, int queries, CancellationToken cancellationToken)
    {
        using var stop = new CancellationTokenSource();
        var collections = 0;
        var caught = 0;
        var collector = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true);
                Interlocked.Increment(ref collections);
                // A pause between collections: back to back, full collections of a test host that other classes have
                // filled starve the queries on 2 cores (the run then times out instead of proving anything).
                Thread.Sleep(5);
            }
        }) { IsBackground = true, Name = "forced GC" };
        var thrower = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    _ = Dereference(null);
                }
                catch (NullReferenceException)
                {
                    Interlocked.Increment(ref caught);
                }

                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "null dereference" };

        collector.Start();
        thrower.Start();
        try
        {
            for (var i = 1; i <= queries; i++)
            {
                var result = await engine.QueryAsync($"SELECT sum(number) FROM numbers({i * 100_000})", "TabSeparated", cancellationToken);
                var n = i * 100_000L;
                if (result.Text.Trim() != (n * (n - 1) / 2).ToString(CultureInfo.InvariantCulture))
                    throw new InvalidOperationException($"query {i} answered {result.Text.Trim()}");

                // Allocation-heavy managed work here too, so suspensions find threads running managed code.
                _ = Enumerable.Range(0, 10_000).Select(x => new byte[64 + (x % 64)]).Count();
            }
        }
        finally
        {
            await stop.CancelAsync();
            collector.Join();
            thrower.Join();
        }

        return (Volatile.Read(ref collections), Volatile.Read(ref caught));
    }

    private static int Dereference(string? text) => text!.Length;
}
