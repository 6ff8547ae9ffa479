using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>Trend series of calls or tickets per day, week or month, from the daily rollups, with trend and seasonality.</summary>
public sealed class TrendAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>The series from <paramref name="from"/> up to <paramref name="to"/> (exclusive), every period present (zero when empty),
    /// optionally for one key of a dimension (e.g. Category = 出租汽车).</summary>
    public async Task<IReadOnlyList<TrendPoint>> SeriesAsync(AnalyticsMeasure measure, TrendGranularity granularity, DateOnly from, DateOnly to,
        AnalyticsDimension dimension = AnalyticsDimension.None, string? key = null, CancellationToken cancellationToken = default)
    {
        if (to <= from)
            throw new ArgumentException($"The trend range {from}–{to} is empty.", nameof(to));
        var (table, count, filter) = DimensionColumns.Rollup(measure);
        var keyFilter = dimension == AnalyticsDimension.None ? "1" : $"{DimensionColumns.RollupColumn(measure, dimension)} = {{key:String}}";
        var periodStart = granularity switch
        {
            TrendGranularity.Day => "day",
            TrendGranularity.Week => "toMonday(day)",
            TrendGranularity.Month => "toStartOfMonth(day)",
            _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "unknown granularity"),
        };
        var parameters = new Dictionary<string, string>
        {
            ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to), ["key"] = QueryParameterText.Escape(key ?? ""),
        };
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT toString({periodStart}) AS period, sum({count}) AS n
            FROM {database}.{table}
            WHERE {filter} AND {keyFilter} AND day >= {"{from:Date}"} AND day < {"{to:Date}"}
            GROUP BY period ORDER BY period
            """, parameters, cancellationToken: cancellationToken));
        var counts = rows.ToDictionary(r => r.Day("period"), r => (double)r.Count("n"));

        var periods = Periods(granularity, from, to);
        var values = periods.Select(p => counts.GetValueOrDefault(p)).ToList();
        var (cycle, positions) = Cycle(granularity, periods);
        var (trend, seasonal) = SeasonalDecomposition.Decompose(values, positions, cycle);
        return [.. periods.Select((p, i) => new TrendPoint(p, values[i], trend[i], seasonal[i], values[i] - seasonal[i]))];
    }

    /// <summary>The first day of every period overlapping [from, to).</summary>
    public static IReadOnlyList<DateOnly> Periods(TrendGranularity granularity, DateOnly from, DateOnly to)
    {
        var periods = new List<DateOnly>();
        var period = granularity switch
        {
            TrendGranularity.Day => from,
            TrendGranularity.Week => from.AddDays(-(((int)from.DayOfWeek + 6) % 7)),
            _ => new DateOnly(from.Year, from.Month, 1),
        };
        for (; period < to; period = granularity switch
        {
            TrendGranularity.Day => period.AddDays(1),
            TrendGranularity.Week => period.AddDays(7),
            _ => period.AddMonths(1),
        })
        {
            periods.Add(period);
        }

        return periods;
    }

    private static (int Cycle, IReadOnlyList<int> Positions) Cycle(TrendGranularity granularity, IReadOnlyList<DateOnly> periods) => granularity switch
    {
        TrendGranularity.Day => (7, [.. periods.Select(p => ((int)p.DayOfWeek + 6) % 7)]),
        TrendGranularity.Week => (52, [.. periods.Select(p => Math.Min((p.DayOfYear - 1) / 7, 51))]),
        _ => (12, [.. periods.Select(p => p.Month - 1)]),
    };
}
