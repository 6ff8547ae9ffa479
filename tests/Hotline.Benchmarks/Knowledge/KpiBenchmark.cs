using System.Diagnostics;
using System.Globalization;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;
using Hotline.Portal.Api;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Benchmarks.Knowledge;

/// <summary>
/// The KPI part of the <c>knowledge</c> benchmark (issue 11: "KPI computation for 500 agents over a month"): a month of simulated history for
/// 500 agents in the embedded engine, then every agent's review figures and KPI scores from one pass of the period's queries (how the monthly
/// drafting works), against asking agent by agent (how a single review is drafted) in the same run. The per-agent path is timed on a sample
/// and scaled to all agents; the two must give the same counts, or the benchmark fails.
/// </summary>
/// <remarks>HOTLINE_BENCH_KPI_AGENTS (default 500) and HOTLINE_BENCH_KPI_CALLS_PER_DAY (default 10 000) set the volume.</remarks>
internal sealed class KpiBenchmark(BenchReport report)
{
    private const string Database = "bench_kpi";
    private const int Sample = 10;
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly Until = new(2026, 10, 31);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public async Task RunAsync()
    {
        var agents = Setting("HOTLINE_BENCH_KPI_AGENTS", 500, 10, 5_000);
        var callsPerDay = Setting("HOTLINE_BENCH_KPI_CALLS_PER_DAY", 10_000, 100, 200_000);
        var folder = Directory.CreateTempSubdirectory("hotline-bench-kpi-");
        try
        {
            await using var engine = EmbeddedClickHouseEngine.Open(folder.FullName);
            await LoadAsync(engine, agents, callsPerDay);
            var host = new AnalyticsEngineHost(_ => Task.FromResult<IAnalyticsEngine>(engine), NullLogger<AnalyticsEngineHost>.Instance);
            await host.StartAsync(CancellationToken.None);
            var analytics = new PeopleAnalytics(host, Options.Create(new HotlineOptions { Analytics = new AnalyticsEngineOptions { Database = Database } }));
            var (start, end) = (new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), Beijing), new DateTimeOffset(Until.AddDays(1).ToDateTime(TimeOnly.MinValue), Beijing));
            var now = end.AddDays(1);

            // Warm-up: the engine compiles each query once.
            await analytics.CountsByAgentAsync(From, Until, start, end, now, CancellationToken.None);

            var batch = Stopwatch.StartNew();
            var counts = await analytics.CountsByAgentAsync(From, Until, start, end, now, CancellationToken.None);
            // As the monthly drafting does: every configured agent, those without any figure from empty counts.
            var staff = Enumerable.Range(8001, agents).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
            var scored = staff.Select(a => KpiScorer.Total(KpiScorer.Score(KpiDefaults.Agent, KpiFigureBuilder.Build(counts.GetValueOrDefault(a) ?? new AgentPeriodCounts(), From, Until)))).Count();
            batch.Stop();

            var sample = staff.Where(counts.ContainsKey).Take(Sample).ToList();
            var perAgent = Stopwatch.StartNew();
            foreach (var agent in sample)
            {
                var one = await analytics.CountsAsync(agent, From, Until, start, end, now, CancellationToken.None);
                if (Figures(one) != Figures(counts[agent]))
                    throw new InvalidOperationException($"Agent {agent}'s counts differ between the batch and the single-agent path: {counts[agent]} vs {one}.");
                KpiScorer.Score(KpiDefaults.Agent, KpiFigureBuilder.Build(one, From, Until));
            }
            perAgent.Stop();
            var perAgentAll = perAgent.Elapsed.TotalMilliseconds / sample.Count * staff.Count;

            report.AddVersus("kpi_month_all_agents", Math.Round(batch.Elapsed.TotalMilliseconds, 1), "ms", "agent_by_agent", Math.Round(perAgentAll, 1));
            report.Add("kpi_agents_scored", scored, "count");
            report.Detail("kpi_agents_configured", agents);
            report.Detail("kpi_calls_per_day", callsPerDay);
            report.Detail("kpi_per_agent_sample", sample.Count);
            report.Progress($"KPI for {scored} agents over {From:yyyy-MM} in {batch.Elapsed.TotalMilliseconds:F0} ms; agent by agent would take about {perAgentAll:F0} ms");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task LoadAsync(EmbeddedClickHouseEngine engine, int agents, int callsPerDay)
    {
        await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync();
        var end = Until.AddDays(1);
        var generator = new HistoryGenerator(new HistoryOptions { Years = 1, End = end, CallsPerDay = callsPerDay, Agents = agents, IncidentDaysBeforeEnd = null, SnapshotDays = 0 });
        var writer = new EventBatchWriter(engine, Database);
        var clock = Stopwatch.StartNew();
        for (var day = From; day <= Until; day = day.AddDays(1))
            await writer.AddAsync(generator.Day(day, end, null));
        await writer.FlushAsync();
        report.Progress($"a month of history for {agents} agents ({callsPerDay:N0} calls/day): {writer.Written:N0} events in {clock.Elapsed.TotalSeconds:F0} s");
        report.Detail("kpi_history_events", writer.Written);
    }

    private static (long, double, long, long, double, long, long, long, long) Figures(AgentPeriodCounts c) =>
        (c.Answered, c.HandleSeconds, c.AnsweredWithinTarget, c.QaScored, c.QaScoreSum, c.Surveys, c.Satisfied, c.TicketsCreated, c.TicketsLate);

    private static int Setting(string name, int fallback, int min, int max) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Math.Clamp(value, min, max) : fallback;
}
