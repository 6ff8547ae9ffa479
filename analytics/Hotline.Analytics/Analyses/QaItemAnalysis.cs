using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>质检项: scorecard item results from the qa_item_scores table, over ranges of local days.</summary>
/// <remarks>
/// A call belongs to the day it was first scored and counts with its latest result per item, so an inspector's correction or a
/// re-score changes the figures of the period the call was scored in instead of counting it twice. An item is passed when it earned
/// full marks (status Passed); a partial score is checked but not passed, and items that did not apply or could not be scored
/// (no transcript) are not counted at all.
/// </remarks>
public sealed class QaItemAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>Per item judged in [<paramref name="from"/>, <paramref name="to"/>), with its counts in [<paramref name="previousFrom"/>, <paramref name="previousTo"/>).</summary>
    public async Task<IReadOnlyList<QaItemPassRate>> PassRatesAsync(DateOnly from, DateOnly to, DateOnly previousFrom, DateOnly previousTo, CancellationToken cancellationToken = default)
    {
        RequireRange(from, to);
        RequireRange(previousFrom, previousTo);
        var parameters = new Dictionary<string, string>
        {
            ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to),
            ["pfrom"] = QueryParameterText.Of(previousFrom), ["pto"] = QueryParameterText.Of(previousTo),
        };
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT name,
                   countIf(first_at >= {Day("from")} AND first_at < {Day("to")}) AS checked,
                   countIf(first_at >= {Day("from")} AND first_at < {Day("to")} AND result = 'Passed') AS passed,
                   countIf(first_at >= {Day("pfrom")} AND first_at < {Day("pto")}) AS previous_checked,
                   countIf(first_at >= {Day("pfrom")} AND first_at < {Day("pto")} AND result = 'Passed') AS previous_passed
            FROM ({LatestPerCallAndItem(
                $"(scored_at >= {Day("from")} AND scored_at < {Day("to")}) OR (scored_at >= {Day("pfrom")} AND scored_at < {Day("pto")})")})
            WHERE result IN ('Passed', 'Partial', 'Failed')
            GROUP BY name HAVING checked > 0
            ORDER BY name
            """, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new QaItemPassRate(r.Text("name"), r.Count("checked"), r.Count("passed"), r.Count("previous_checked"), r.Count("previous_passed")))];
    }

    /// <summary>Per agent scored in [<paramref name="from"/>, <paramref name="to"/>), the item they lost most points on (agents who lost none are left out).</summary>
    public async Task<IReadOnlyDictionary<string, string>> WeakestItemByAgentAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        RequireRange(from, to);
        var parameters = new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT scored_agent, name, sum(lost) AS lost_points
            FROM ({LatestPerCallAndItem($"scored_at >= {Day("from")} AND scored_at < {Day("to")}")})
            WHERE first_at >= {Day("from")} AND first_at < {Day("to")} AND result IN ('Partial', 'Failed')
            GROUP BY scored_agent, name HAVING lost_points > 0
            ORDER BY scored_agent, lost_points DESC, name
            """, parameters, cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.Text("scored_agent"), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text("name"), StringComparer.Ordinal);
    }

    /// <summary>One row per (call, item) of the calls with a score matching <paramref name="scoredIn"/>: the latest result, and when the call was first scored.</summary>
    private string LatestPerCallAndItem(string scoredIn) => $"""
        SELECT call_id, item_id, argMax(agent, scored_at) AS scored_agent, argMax(item_name, scored_at) AS name, argMax(status, scored_at) AS result,
               argMax(points - score, scored_at) AS lost, min(scored_at) AS first_at
        FROM {database}.qa_item_scores
        WHERE call_id IN (SELECT call_id FROM {database}.qa_item_scores WHERE {scoredIn})
        GROUP BY call_id, item_id
        """;

    private static string Day(string parameter) => $"toDateTime({{{parameter}:Date}}, 'Asia/Shanghai')";

    private static void RequireRange(DateOnly from, DateOnly to)
    {
        if (to <= from)
            throw new ArgumentException($"The QA item range {from}–{to} is empty.", nameof(to));
    }
}
