using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>热点: the top categories, enterprises, routes, plates and regions by ticket volume and by significant growth.</summary>
/// <remarks>Categories, regions, industries and enterprises come from the daily rollup; routes and plates from the raw creation events.</remarks>
public sealed class HotspotAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>Finds the hotspots of one dimension.</summary>
    public async Task<HotspotReport> FindAsync(HotspotQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.To <= query.From)
            throw new ArgumentException($"The hotspot window {query.From}–{query.To} is empty.", nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.BaselineDays);

        var baselineStart = query.From.AddDays(-query.BaselineDays);
        string sql;
        if (query.Dimension is AnalyticsDimension.Route or AnalyticsDimension.Plate)
        {
            var column = query.Dimension == AnalyticsDimension.Route ? "route" : "plate";
            sql = $"""
                SELECT {column} AS key,
                       countIf(occurred_at >= toDateTime({"{c0:Date}"}, 'Asia/Shanghai')) AS current,
                       countIf(occurred_at < toDateTime({"{c0:Date}"}, 'Asia/Shanghai')) AS baseline
                FROM {database}.ticket_events
                WHERE kind = 'Created' AND {column} != ''
                  AND occurred_at >= toDateTime({"{b0:Date}"}, 'Asia/Shanghai') AND occurred_at < toDateTime({"{c1:Date}"}, 'Asia/Shanghai')
                GROUP BY key
                """;
        }
        else
        {
            var column = DimensionColumns.RollupColumn(AnalyticsMeasure.Tickets, query.Dimension);
            if (query.Dimension == AnalyticsDimension.None)
                throw new ArgumentException("A hotspot search needs a dimension.", nameof(query));
            sql = $"""
                SELECT {column} AS key,
                       sumIf(created, day >= {"{c0:Date}"}) AS current,
                       sumIf(created, day < {"{c0:Date}"}) AS baseline
                FROM {database}.tickets_daily
                WHERE {column} != '' AND day >= {"{b0:Date}"} AND day < {"{c1:Date}"}
                GROUP BY key
                """;
        }

        var parameters = new Dictionary<string, string>
        {
            ["b0"] = QueryParameterText.Of(baselineStart), ["c0"] = QueryParameterText.Of(query.From), ["c1"] = QueryParameterText.Of(query.To),
        };
        var rows = ResultRows.Parse(await engine.QueryAsync(sql, parameters, cancellationToken: cancellationToken));
        var currentDays = query.To.DayNumber - query.From.DayNumber;
        var spots = rows.Select(r =>
        {
            long current = r.Count("current"), baseline = r.Count("baseline");
            return new Hotspot(r.Text("key"), current, baseline, baseline * (double)currentDays / query.BaselineDays,
                RateSignificance.ZScore(current, baseline, currentDays, query.BaselineDays));
        }).ToList();

        var byVolume = spots.OrderByDescending(s => s.Current).ThenBy(s => s.Key, StringComparer.Ordinal).Take(query.Top).ToList();
        var rising = spots.Where(s => s.Current >= query.MinimumCurrent && s.ZScore >= query.MinimumZScore)
            .OrderByDescending(s => s.ZScore).ThenBy(s => s.Key, StringComparer.Ordinal).Take(query.Top).ToList();
        return new HotspotReport(byVolume, rising);
    }
}
