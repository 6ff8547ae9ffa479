using Hotline.Benchmarks;
using Hotline.Benchmarks.Acd;
using Hotline.Benchmarks.Analytics;
using Hotline.Benchmarks.Sip;

// ./hotline bench [NAME]: runs one benchmark by name, or all of them; each ends its output with its "bench ..." lines
// and writes bench-results/NAME.json (DESIGN.md, Benchmarks).
var benchmarks = new Dictionary<string, Func<BenchReport, Task>>(StringComparer.Ordinal)
{
    ["sip"] = report => new SipBenchmark(report).RunAsync(),
    ["analytics"] = report => new AnalyticsBenchmark(report).RunAsync(),
    ["acd"] = report => new AcdBenchmark(report).RunAsync(),
    ["media"] = report => new Hotline.Benchmarks.Media.MediaBenchmark(report).RunAsync(),
    ["reports"] = report => new Hotline.Benchmarks.Reports.ReportsBenchmark(report).RunAsync(),
    ["qa"] = report => new Hotline.Benchmarks.Qa.QaBenchmark(report).RunAsync(),
    ["tickets"] = report => new Hotline.Benchmarks.Tickets.TicketsBenchmark(report).RunAsync(),
    ["knowledge"] = report => new Hotline.Benchmarks.Knowledge.KnowledgeBenchmark(report).RunAsync(),
    ["portal"] = report => new Hotline.Benchmarks.Portal.PortalBenchmark(report).RunAsync(),
};

var name = args.Length > 0 ? args[0] : "all";
if (name != "all" && !benchmarks.ContainsKey(name))
{
    await Console.Error.WriteLineAsync($"unknown benchmark '{name}' (known: all, {string.Join(", ", benchmarks.Keys)})");
    return 2;
}

var resultsDirectory = BenchReport.ResultsDirectory();
var exitCode = 0;
foreach (var (benchmarkName, run) in benchmarks.Where(b => name == "all" || b.Key == name))
{
    var report = new BenchReport(benchmarkName);
    try
    {
        await run(report);
    }
#pragma warning disable CA1031 // One broken benchmark is reported and the others still run.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        report.Fail(ex.ToString());
        exitCode = 1;
    }

    await report.FinishAsync(resultsDirectory);
}

return exitCode;
