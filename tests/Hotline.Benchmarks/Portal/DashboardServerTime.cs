using System.Diagnostics;
using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Schema;
using Hotline.Benchmarks.Analytics;
using Hotline.Portal.Configuration;
using Hotline.Portal.Dashboards;
using Hotline.Portal.Hosting;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Benchmarks.Portal;

/// <summary>
/// The decision dashboard's server time (issue 9: "the main dashboard's server time with 10 million CDRs loaded", target p95 under 300 ms):
/// 10 million synthetic CDRs over three years in the embedded engine, then the dashboard's own read (<see cref="AnalyticsDashboardData"/>: 同比/环比
/// by queue for a month and the weekday × hour heat map) against the 同比/环比 query alone, in the same run.
/// </summary>
/// <remarks>HOTLINE_BENCH_PORTAL_CDRS (default 10 000 000) sets the volume.</remarks>
internal sealed class DashboardServerTime(BenchReport report)
{
    private const string Database = "bench_portal";
    private const int Days = 3 * 365;
    private const int Runs = 30;
    private static readonly DateOnly End = new(2026, 11, 1);

    public async Task RunAsync(long rows)
    {
        var folder = Directory.CreateTempSubdirectory("hotline-bench-portal-dashboard-");
        try
        {
            await using var engine = EmbeddedClickHouseEngine.Open(folder.FullName);
            await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync();
            var clock = Stopwatch.StartNew();
            const long Chunk = 5_000_000;
            for (long done = 0; done < rows; done += Chunk)
                await engine.ExecuteAsync(SyntheticCalls.Insert($"{Database}.calls", done, Math.Min(Chunk, rows - done), rows, End, Days));
            await engine.ExecuteAsync($"OPTIMIZE TABLE {Database}.calls_daily FINAL");
            report.Progress($"{rows:N0} CDRs over three years loaded in {clock.Elapsed.TotalSeconds:F0} s");

            var host = new AnalyticsEngineHost(_ => Task.FromResult<IAnalyticsEngine>(engine), NullLogger<AnalyticsEngineHost>.Instance);
            await host.StartAsync(CancellationToken.None);
            var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
            var dashboard = new AnalyticsDashboardData(host, Options.Create(new HotlineOptions { Analytics = new AnalyticsEngineOptions { Database = Database } }),
                new StringLocalizer<DashboardText>(localizers), new StringLocalizer<TicketText>(localizers));
            var request = new DashboardRequest(AnalyticsMeasure.Calls, AnalyticsDimension.Queue, PeriodUnit.Month, new DateOnly(2026, 10, 1));
            var comparison = new PeriodComparison(engine, Database);

            var page = await TimeAsync(() => dashboard.LoadAsync(request, CancellationToken.None));
            var query = await TimeAsync(() => comparison.CompareAsync(request.Measure, request.Dimension, request.Unit, request.Start));
            var view = await dashboard.LoadAsync(request, CancellationToken.None);
            report.AddVersus("dashboard_p95", Percentile(page, 0.95), "ms", "comparison_query_alone_p95", Percentile(query, 0.95));
            report.AddVersus("dashboard_p50", Percentile(page, 0.5), "ms", "comparison_query_alone_p50", Percentile(query, 0.5));
            report.Add("dashboard_cdrs", rows, "rows");
            report.Detail("dashboard_month_total", view.Total);
            report.Progress($"dashboard over {rows:N0} CDRs: p50 {Percentile(page, 0.5):F1} ms, p95 {Percentile(page, 0.95):F1} ms ({view.Total:N0} calls in 2026-10)");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // One warm-up, then Runs timed calls.
    private static async Task<List<double>> TimeAsync(Func<Task> call)
    {
        await call();
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)], 2);
    }
}
