using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>Inbound call totals, hour-of-day profiles and the weekday × hour heat map over ranges of local days, from the daily and hourly rollups.</summary>
/// <remarks>Counts calls that reached a queue (IVR-only calls have no queue), as the queue grains and the reports count them.</remarks>
public sealed class CallVolumeAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>The totals for the local days [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<CallTotals> TotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT sum(offered) AS offered, sum(answered) AS answered, sum(abandoned) AS abandoned, sum(answered_in_20s) AS within,
                   sum(wait_answered_s) AS wait, sum(handle_s) AS handle
            FROM {database}.calls_daily
            WHERE direction = 'Inbound' AND queue != '' AND day >= {"{from:Date}"} AND day < {"{to:Date}"}
            """, Range(from, to), cancellationToken: cancellationToken));
        var r = rows[0];
        return new CallTotals(r.Count("offered"), r.Count("answered"), r.Count("abandoned"), r.Count("within"), r.Number("wait"), r.Number("handle"));
    }

    /// <summary>24 rows, one per local hour, summed over the days [<paramref name="from"/>, <paramref name="to"/>); hours without calls are zero.</summary>
    public async Task<IReadOnlyList<HourCount>> HoursAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT toHour(hour) AS h, sum(offered) AS offered, sum(answered) AS answered
            FROM {database}.calls_hourly
            WHERE direction = 'Inbound' AND queue != '' AND {HourRange}
            GROUP BY h
            """, Range(from, to), cancellationToken: cancellationToken)).ToDictionary(r => (int)r.Count("h"));
        return [.. Enumerable.Range(0, 24).Select(h => rows.TryGetValue(h, out var r) ? new HourCount(h, r.Count("offered"), r.Count("answered")) : new HourCount(h, 0, 0))];
    }

    /// <summary>Calls offered by local weekday (7 rows, Monday first) and hour (24 columns), summed over the days [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<double>>> WeekdayHoursAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT toDayOfWeek(hour) AS d, toHour(hour) AS h, sum(offered) AS offered
            FROM {database}.calls_hourly
            WHERE direction = 'Inbound' AND queue != '' AND {HourRange}
            GROUP BY d, h
            """, Range(from, to), cancellationToken: cancellationToken));
        var heat = Enumerable.Range(0, 7).Select(_ => new double[24]).ToArray();
        foreach (var r in rows)
            heat[r.Count("d") - 1][r.Count("h")] = r.Count("offered");
        return heat;
    }

    private const string HourRange = "hour >= toDateTime({from:Date}, 'Asia/Shanghai') AND hour < toDateTime({to:Date}, 'Asia/Shanghai')";

    private static Dictionary<string, string> Range(DateOnly from, DateOnly to)
    {
        if (to <= from)
            throw new ArgumentException($"The call range {from}–{to} is empty.", nameof(to));
        return new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };
    }
}
