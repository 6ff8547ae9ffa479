using System.Diagnostics;
using System.Globalization;
using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;

namespace Hotline.Benchmarks.Analytics;

/// <summary>
/// The <c>analytics</c> benchmark (issue 6), all on the embedded engine in this process:
/// 1. ingest rate from C# (Native, and JSONEachRow for contrast) against the engine's own INSERT … SELECT FROM numbers();
/// 2. the main dashboard queries on a large three-year CDR table, from the rollups and as raw scans;
/// 3. the same raw queries on SQLite over a subset of the same rows, next to the engine on that subset.
/// </summary>
/// <remarks>
/// HOTLINE_BENCH_ANALYTICS_ROWS (default 100 000 000) sets the large table's target and HOTLINE_BENCH_ANALYTICS_FILL_SECONDS
/// (default 360) the time allowed to fill it: on a busy 2-core machine the target may not be reached, and the row count
/// actually used is reported. HOTLINE_BENCH_ANALYTICS_SQLITE_ROWS (default 10 000 000) and …_SQLITE_SECONDS (default 150)
/// do the same for the SQLite subset.
/// </remarks>
internal sealed class AnalyticsBenchmark(BenchReport report)
{
    private const string Database = "bench";
    private const int IngestRows = 1_000_000;
    private const int IngestBlock = 100_000;
    private const int Days = 3 * 365;
    private static readonly DateOnly End = new(2026, 11, 1);

    private static long Setting(string name, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    public async Task RunAsync()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hotline-bench-analytics-");
        try
        {
            await using var engine = EmbeddedClickHouseEngine.Open(dataDirectory.FullName);
            report.Progress($"{engine.Description}; {Environment.ProcessorCount} cores");
            await IngestAsync(engine);
            var rows = await FillAsync(engine);
            await DashboardAsync(engine, rows);
            await SqliteAsync(engine, dataDirectory.FullName, rows);
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }

    private async Task IngestAsync(EmbeddedClickHouseEngine engine)
    {
        foreach (var database in new[] { "ingest_ref", "ingest_native", "ingest_json" })
        {
            await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}");
            await new SchemaMigrator(engine, new SchemaRenderer(database)).MigrateAsync();
        }

        // Same table, same materialized views, same row count: only where the rows come from differs.
        var clock = Stopwatch.StartNew();
        await engine.ExecuteAsync(SyntheticCalls.Insert("ingest_ref.calls", 0, IngestRows, IngestRows, End, 30));
        var reference = IngestRows / clock.Elapsed.TotalSeconds;
        report.Progress($"engine INSERT … SELECT FROM numbers(): {reference:N0} rows/s");

        var calls = CdrFactory.Make(IngestRows, 1);
        clock.Restart();
        foreach (var block in calls.Chunk(IngestBlock))
            await engine.InsertAsync(EventTables.Calls.Encode("ingest_native", block, null));
        var native = IngestRows / clock.Elapsed.TotalSeconds;
        report.Progress($"C# → Native → file() → engine: {native:N0} rows/s");

        clock.Restart();
        foreach (var block in calls.Chunk(IngestBlock))
            await engine.InsertAsync(JsonEachRowEncoder.Encode("ingest_json.calls", block));
        var json = IngestRows / clock.Elapsed.TotalSeconds;
        report.Progress($"C# → JSONEachRow → file() → engine: {json:N0} rows/s");

        foreach (var database in new[] { "ingest_ref", "ingest_native", "ingest_json" })
        {
            var stored = await ScalarAsync(engine, $"SELECT count() FROM {database}.calls");
            if (stored != IngestRows)
                throw new InvalidOperationException($"{database}.calls holds {stored} rows after inserting {IngestRows}");
            await engine.ExecuteAsync($"DROP DATABASE {database}");
        }

        report.AddVersus("ingest_native_from_csharp", Math.Round(native), "rows/s", "engine_insert_select_numbers", Math.Round(reference));
        report.AddVersus("ingest_jsoneachrow_from_csharp", Math.Round(json), "rows/s", "engine_insert_select_numbers", Math.Round(reference));
        report.Detail("ingest", new { Rows = IngestRows, Block = IngestBlock, Table = "calls (31 columns) with its daily and hourly materialized views" });
    }

    private async Task<long> FillAsync(EmbeddedClickHouseEngine engine)
    {
        var target = Setting("HOTLINE_BENCH_ANALYTICS_ROWS", 100_000_000);
        var budget = TimeSpan.FromSeconds(Setting("HOTLINE_BENCH_ANALYTICS_FILL_SECONDS", 360));
        const long Chunk = 5_000_000;
        await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {Database}");
        await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync();

        var clock = Stopwatch.StartNew();
        long rows = 0;
        // The rows are spread over three years at the target density, so a stop by the budget leaves the first part of the period.
        while (rows < target && clock.Elapsed < budget)
        {
            var count = Math.Min(Chunk, target - rows);
            await engine.ExecuteAsync(SyntheticCalls.Insert($"{Database}.calls", rows, count, target, End, Days));
            rows += count;
            report.Progress($"large table: {rows:N0} of {target:N0} rows after {clock.Elapsed.TotalSeconds:F0} s");
        }

        if (rows < target)
        {
            report.Progress($"the fill budget ({budget.TotalSeconds:F0} s) ran out: the dashboard figures use {rows:N0} rows, not {target:N0}");
            report.NotAvailable("dashboard_rows_target", "rows", $"only {rows:N0} of {target:N0} rows fit the {budget.TotalSeconds:F0} s fill budget on this machine (load {LoadAverage.Read()?.OneMinute})");
        }

        await engine.ExecuteAsync($"OPTIMIZE TABLE {Database}.calls_daily FINAL");
        report.Add("dashboard_rows", rows, "rows");
        report.Add("fill_rate", Math.Round(rows / clock.Elapsed.TotalSeconds), "rows/s");
        return rows;
    }

    private async Task DashboardAsync(EmbeddedClickHouseEngine engine, long rows)
    {
        var queries = new AnalyticsQueries(engine, Database);
        var maxArrived = await ScalarTextAsync(engine, $"SELECT toString(toDate(max(arrived_at))) FROM {Database}.calls");
        var lastDay = DateOnly.ParseExact(maxArrived, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var month = new DateOnly(lastDay.Year, lastDay.Month, 1).AddMonths(-1);
        var from = End.AddDays(-Days);
        var dayStart = AnalyticsTime.StartOf(lastDay);

        var figures = new (string Metric, Func<Task> Query)[]
        {
            ("q_compare_month_by_queue_rollup", () => queries.Comparison.CompareAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Queue, PeriodUnit.Month, month)),
            ("q_trend_daily_3y_rollup", () => queries.Trends.SeriesAsync(AnalyticsMeasure.Calls, TrendGranularity.Day, from, End)),
            ("q_trend_monthly_by_region_rollup", () => queries.Trends.SeriesAsync(AnalyticsMeasure.Calls, TrendGranularity.Month, from, End, AnalyticsDimension.Region, "朝阳区")),
            ("q_hourly_profile_90d_rollup", () => engine.QueryAsync(
                $"SELECT toHour(hour) AS h, sum(offered), sum(answered) FROM {Database}.calls_hourly WHERE hour >= toDateTime('{lastDay.AddDays(-90):yyyy-MM-dd}', 'Asia/Shanghai') GROUP BY h ORDER BY h")),
            ("q_live_kpis_last_day_raw", () => queries.Kpis.QueuesAsync(dayStart, dayStart.AddDays(1))),
            ("q_compare_month_by_queue_raw", () => engine.QueryAsync(CompareRaw($"{Database}.calls", month))),
            ("q_trend_daily_3y_raw", () => engine.QueryAsync($"SELECT toDate(arrived_at) AS d, count() FROM {Database}.calls WHERE direction = 'Inbound' GROUP BY d ORDER BY d")),
            ("q_hourly_profile_all_raw", () => engine.QueryAsync($"SELECT toHour(arrived_at) AS h, count(), sum(is_answered) FROM {Database}.calls GROUP BY h ORDER BY h")),
        };
        foreach (var (metric, query) in figures)
        {
            var milliseconds = await QueryTiming.MedianMillisecondsAsync(query);
            report.Progress($"{metric}: {milliseconds:F1} ms over {rows:N0} rows");
            report.Add(metric, Math.Round(milliseconds, 1), "ms");
        }
    }

    private async Task SqliteAsync(EmbeddedClickHouseEngine engine, string folder, long rows)
    {
        var target = Math.Min(Setting("HOTLINE_BENCH_ANALYTICS_SQLITE_ROWS", 10_000_000), rows);
        var budget = TimeSpan.FromSeconds(Setting("HOTLINE_BENCH_ANALYTICS_SQLITE_SECONDS", 150));
        // The subset is the earliest part of the period: rows are evenly spread, so a time cut gives about the wanted count.
        var cut = await ScalarTextAsync(engine,
            $"SELECT toString(min(arrived_at) + toIntervalSecond(toUInt64((dateDiff('second', min(arrived_at), max(arrived_at))) * {target} / count()))) FROM {Database}.calls");
        await engine.ExecuteAsync($"CREATE TABLE {Database}.calls_subset AS {Database}.calls");
        await engine.ExecuteAsync($"INSERT INTO {Database}.calls_subset SELECT * FROM {Database}.calls WHERE arrived_at < toDateTime64('{cut}', 3, 'Asia/Shanghai')");

        var clock = Stopwatch.StartNew();
        using var sqlite = await SqliteSubset.CopyAsync(engine, $"{Database}.calls_subset", Path.Combine(folder, "subset.db"), budget);
        report.Progress($"SQLite subset: {sqlite.Rows:N0} rows copied in {clock.Elapsed.TotalSeconds:F0} s");
        if (sqlite.Rows < await ScalarAsync(engine, $"SELECT count() FROM {Database}.calls_subset"))
        {
            // The copy stopped early (it runs in arrival order): cut the engine's subset to the same rows so both answer over the same data.
            var last = await sqlite.QueryScalarAsync("SELECT max(arrived_ms) FROM calls");
            await engine.ExecuteAsync($"ALTER TABLE {Database}.calls_subset DELETE WHERE toUnixTimestamp64Milli(arrived_at) > {last} SETTINGS mutations_sync = 1");
        }

        var subsetRows = await ScalarAsync(engine, $"SELECT count() FROM {Database}.calls_subset");
        report.Add("sqlite_subset_rows", sqlite.Rows, "rows");
        report.Add("chdb_subset_rows", subsetRows, "rows");
        var month = DateOnly.ParseExact(await ScalarTextAsync(engine, $"SELECT toString(toStartOfMonth(max(arrived_at)) - toIntervalMonth(1)) FROM {Database}.calls_subset"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = DateOnly.ParseExact(await ScalarTextAsync(engine, $"SELECT toString(toDate(max(arrived_at))) FROM {Database}.calls_subset"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (c0, c1, p0, y0) = (SqliteSubset.Milliseconds(month), SqliteSubset.Milliseconds(month.AddMonths(1)), SqliteSubset.Milliseconds(month.AddMonths(-1)), SqliteSubset.Milliseconds(month.AddYears(-1)));
        var y1 = SqliteSubset.Milliseconds(month.AddYears(-1).AddMonths(1));

        var pairs = new (string Metric, Func<Task> Chdb, Func<Task> Sqlite)[]
        {
            ("subset_trend_daily", () => engine.QueryAsync($"SELECT toDate(arrived_at) AS d, count() FROM {Database}.calls GROUP BY d ORDER BY d"),
                () => sqlite.QueryAsync("SELECT day, count(*) FROM calls GROUP BY day ORDER BY day")),
            ("subset_compare_month_by_queue", () => engine.QueryAsync(CompareRaw($"{Database}.calls", month)),
                () => sqlite.QueryAsync(
                    "SELECT queue, sum(arrived_ms >= $c0 AND arrived_ms < $c1), sum(arrived_ms >= $p0 AND arrived_ms < $c0), sum(arrived_ms >= $y0 AND arrived_ms < $y1) FROM calls "
                    + "WHERE (arrived_ms >= $p0 AND arrived_ms < $c1) OR (arrived_ms >= $y0 AND arrived_ms < $y1) GROUP BY queue ORDER BY 2 DESC",
                    ("$c0", c0), ("$c1", c1), ("$p0", p0), ("$y0", y0), ("$y1", y1))),
            ("subset_hourly_profile", () => engine.QueryAsync($"SELECT toHour(arrived_at) AS h, count(), sum(is_answered) FROM {Database}.calls GROUP BY h ORDER BY h"),
                () => sqlite.QueryAsync("SELECT hour, count(*), sum(is_answered) FROM calls GROUP BY hour ORDER BY hour")),
            ("subset_kpis_one_day", () => new LiveKpis(engine, Database).QueuesAsync(AnalyticsTime.StartOf(day), AnalyticsTime.StartOf(day.AddDays(1))),
                () => sqlite.QueryAsync(
                    "SELECT queue, count(*), sum(is_answered), sum(is_abandoned), sum(is_answered AND wait_s <= 20), avg(CASE WHEN is_answered THEN wait_s END), "
                    + "avg(CASE WHEN is_answered THEN handle_s END) FROM calls WHERE arrived_ms >= $a AND arrived_ms < $b GROUP BY queue",
                    ("$a", SqliteSubset.Milliseconds(day)), ("$b", SqliteSubset.Milliseconds(day.AddDays(1))))),
        };
        // The engine's side of every pair reads the table named calls (the KPI API has no other): swap the subset in under that name.
        await engine.ExecuteAsync($"RENAME TABLE {Database}.calls TO {Database}.calls_full, {Database}.calls_subset TO {Database}.calls");
        try
        {
            foreach (var (metric, chdb, sqliteQuery) in pairs)
            {
                var chdbMilliseconds = await QueryTiming.MedianMillisecondsAsync(chdb);
                var sqliteMilliseconds = await QueryTiming.MedianMillisecondsAsync(sqliteQuery);
                report.Progress($"{metric}: chDB {chdbMilliseconds:F1} ms, SQLite {sqliteMilliseconds:F1} ms over {subsetRows:N0} rows");
                report.AddVersus(metric + "_chdb", Math.Round(chdbMilliseconds, 1), "ms", "sqlite", Math.Round(sqliteMilliseconds, 1));
            }
        }
        finally
        {
            await engine.ExecuteAsync($"RENAME TABLE {Database}.calls TO {Database}.calls_subset, {Database}.calls_full TO {Database}.calls");
        }
    }

    private static string CompareRaw(string table, DateOnly month)
    {
        string Day(DateOnly d) => $"toDateTime64('{d:yyyy-MM-dd} 00:00:00', 3, 'Asia/Shanghai')";
        var (c0, c1, p0, y0, y1) = (Day(month), Day(month.AddMonths(1)), Day(month.AddMonths(-1)), Day(month.AddYears(-1)), Day(month.AddYears(-1).AddMonths(1)));
        return $"SELECT queue, countIf(arrived_at >= {c0} AND arrived_at < {c1}) AS current, countIf(arrived_at >= {p0} AND arrived_at < {c0}) AS previous, "
            + $"countIf(arrived_at >= {y0} AND arrived_at < {y1}) AS last_year FROM {table} "
            + $"WHERE direction = 'Inbound' AND ((arrived_at >= {p0} AND arrived_at < {c1}) OR (arrived_at >= {y0} AND arrived_at < {y1})) GROUP BY queue ORDER BY current DESC";
    }

    private static async Task<long> ScalarAsync(IAnalyticsEngine engine, string sql) =>
        long.Parse(await ScalarTextAsync(engine, sql), CultureInfo.InvariantCulture);

    private static async Task<string> ScalarTextAsync(IAnalyticsEngine engine, string sql) =>
        (await engine.QueryAsync(sql, "TabSeparated")).Text.Trim();
}
