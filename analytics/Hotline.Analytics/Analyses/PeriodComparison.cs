using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>同比 (year-over-year) and 环比 (period-over-period) for calls and tickets, by one dimension, from the daily rollups.</summary>
public sealed class PeriodComparison(IAnalyticsEngine engine, string database)
{
    /// <summary>The dimensions <paramref name="measure"/> can be compared by (the others are refused).</summary>
    public static IReadOnlyList<AnalyticsDimension> DimensionsOf(AnalyticsMeasure measure) => DimensionColumns.RollupDimensions(measure);

    /// <summary>Counts for the <paramref name="unit"/> starting on <paramref name="start"/>, largest first.</summary>
    public async Task<IReadOnlyList<ComparisonRow>> CompareAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, PeriodUnit unit, DateOnly start,
        CancellationToken cancellationToken = default)
    {
        var column = DimensionColumns.RollupColumn(measure, dimension);
        var (table, count, filter) = DimensionColumns.Rollup(measure);
        var periods = ComparisonPeriods.For(unit, start);
        const string Current = "day >= {c0:Date} AND day < {c1:Date}";
        const string Previous = "day >= {p0:Date} AND day < {p1:Date}";
        const string LastYear = "day >= {y0:Date} AND day < {y1:Date}";
        var sql = $"""
            SELECT {column} AS key,
                   sumIf({count}, {Current}) AS current,
                   sumIf({count}, {Previous}) AS previous,
                   sumIf({count}, {LastYear}) AS last_year
            FROM {database}.{table}
            WHERE {filter} AND (({Current}) OR ({Previous}) OR ({LastYear}))
            GROUP BY key
            ORDER BY current DESC, key
            """;
        var parameters = new Dictionary<string, string>
        {
            ["c0"] = QueryParameterText.Of(periods.Start), ["c1"] = QueryParameterText.Of(periods.End),
            ["p0"] = QueryParameterText.Of(periods.PreviousStart), ["p1"] = QueryParameterText.Of(periods.PreviousEnd),
            ["y0"] = QueryParameterText.Of(periods.LastYearStart), ["y1"] = QueryParameterText.Of(periods.LastYearEnd),
        };
        var rows = ResultRows.Parse(await engine.QueryAsync(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ComparisonRow(r.Text("key"), r.Count("current"), r.Count("previous"), r.Count("last_year")))];
    }
}
