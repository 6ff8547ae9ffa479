using System.Diagnostics;
using System.Globalization;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Reports;
using Hotline.Reports.Data;
using Hotline.Reports.Pdf;
using Hotline.Reports.Sources;

namespace Hotline.Benchmarks.Reports;

/// <summary>
/// The <c>reports</c> benchmark (issue 10): each report generated from a year of simulated history in the embedded engine, its time and PDF size,
/// against the time of its analytics queries alone in the same run (ratio = whole report ÷ queries). Targets: the monthly report under 2 s and 2 MB.
/// </summary>
/// <remarks>HOTLINE_BENCH_REPORTS_CALLS_PER_DAY (default 2 000, the demo's demand) sets the history's volume. Each figure is the median of five runs after one warm-up.</remarks>
internal sealed class ReportsBenchmark(BenchReport report)
{
    private const string Database = "bench_reports";
    private const int Runs = 5;
    private static readonly DateOnly End = new(2026, 11, 1);

    public async Task RunAsync()
    {
        var callsPerDay = int.TryParse(Environment.GetEnvironmentVariable("HOTLINE_BENCH_REPORTS_CALLS_PER_DAY"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2_000;
        var dataDirectory = Directory.CreateTempSubdirectory("hotline-bench-reports-");
        try
        {
            await using var engine = EmbeddedClickHouseEngine.Open(dataDirectory.FullName);
            report.Progress($"{engine.Description}; {Environment.ProcessorCount} cores");
            await LoadAsync(engine, callsPerDay);

            using var writer = PdfReportWriter.Create(new ReportsOptions());
            var settings = ReportSettings.From(new ReportsOptions());
            var generator = new ReportGenerator(engine, Database, writer, settings);
            var queries = new ReportQueries(engine, Database);
            var october = ReportPeriod.Month(2026, 10);
            var cases = new (string Name, ReportRequest Request, Func<Task> Queries)[]
            {
                ("daily", new ReportRequest(ReportKind.Daily, new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 15)),
                    () => new DailyOperationsSource(queries, settings).LoadAsync(new DateOnly(2026, 10, 15))),
                ("monthly", new ReportRequest(ReportKind.Monthly, october.From, october.To),
                    () => new MonthlyAnalysisSource(queries, settings).LoadAsync(october)),
                ("qa_weekly", new ReportRequest(ReportKind.Qa, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 11)),
                    () => new QaSummarySource(queries, settings).LoadAsync(new ReportPeriod(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 11)))),
                ("review", new ReportRequest(ReportKind.Review, october.From, october.To, "8001"),
                    () => new PerformanceReviewSource(queries, settings).LoadAsync("8001", october)),
            };
            foreach (var (name, request, loadData) in cases)
                await MeasureAsync(name, generator, request, loadData);
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }

    private async Task LoadAsync(EmbeddedClickHouseEngine engine, int callsPerDay)
    {
        await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync();
        var options = new HistoryOptions { Years = 1, End = End, CallsPerDay = callsPerDay };
        var writer = new EventBatchWriter(engine, Database);
        var clock = Stopwatch.StartNew();
        foreach (var day in new HistoryGenerator(options).Days(End))
            await writer.AddAsync(day);
        await writer.FlushAsync();
        report.Progress($"a year of history ({callsPerDay:N0} calls/day at the end): {writer.Written:N0} events in {clock.Elapsed.TotalSeconds:F0} s");
        report.Detail("history_events", writer.Written);
        report.Detail("history_calls_per_day", callsPerDay);
    }

    private async Task MeasureAsync(string name, ReportGenerator generator, ReportRequest request, Func<Task> loadData)
    {
        // Warm-up: the first run compiles the engine's queries and loads fonts and chart code.
        await generator.GenerateAsync(request);
        await loadData();
        var totals = new List<double>();
        var queries = new List<double>();
        long size = 0;
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await loadData();
            queries.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            size = (await generator.GenerateAsync(request)).Pdf.LongLength;
            totals.Add(clock.Elapsed.TotalMilliseconds);
        }

        var total = Median(totals);
        var query = Median(queries);
        report.Progress($"{name}: {total:F0} ms (queries {query:F0} ms), {size:N0} bytes");
        report.AddVersus($"{name}_time", Math.Round(total), "ms", "analytics_queries", Math.Round(query));
        report.Add($"{name}_size", size, "bytes");
        report.Detail($"{name}_runs_ms", totals);
        report.Detail($"{name}_query_runs_ms", queries);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
