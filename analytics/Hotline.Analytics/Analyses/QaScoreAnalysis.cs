using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>质检: QA scores by agent over a range of local days (by when they were given), from the qa_scores table.</summary>
/// <remarks>The table holds a total each time a call is scored or corrected (the latest counts); item results are in qa_item_scores (<see cref="QaItemAnalysis"/>).</remarks>
public sealed class QaScoreAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>One row per agent with the calls first scored in [<paramref name="from"/>, <paramref name="to"/>), each call counted once at its latest
    /// result (an inspector's correction replaces the automatic score), with passes counted against <paramref name="passMark"/>.</summary>
    public async Task<IReadOnlyList<QaAgentScores>> ByAgentAsync(DateOnly from, DateOnly to, double passMark, CancellationToken cancellationToken = default)
    {
        if (to <= from)
            throw new ArgumentException($"The QA range {from}–{to} is empty.", nameof(to));
        var parameters = new Dictionary<string, string>
        {
            ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to), ["pass"] = QueryParameterText.Of(passMark),
        };
        // A call belongs to the range its first score fell in, so a later correction moves its figure but never counts it in a second period.
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT agent, count() AS scored, sum(pct) AS total, countIf(pct >= {"{pass:Float64}"}) AS passed,
                   countIf(pct >= 90) AS b90, countIf(pct >= 80 AND pct < 90) AS b80, countIf(pct >= 70 AND pct < 80) AS b70, countIf(pct < 70) AS b0
            FROM (
                SELECT call_id, argMax(agent, scored_at) AS agent, argMax(if(max_score > 0, score / max_score * 100, 0), scored_at) AS pct,
                       min(scored_at) AS first_scored
                FROM {database}.qa_scores
                WHERE call_id IN (
                    SELECT call_id FROM {database}.qa_scores
                    WHERE scored_at >= toDateTime({"{from:Date}"}, 'Asia/Shanghai') AND scored_at < toDateTime({"{to:Date}"}, 'Asia/Shanghai'))
                GROUP BY call_id
                HAVING first_scored >= toDateTime({"{from:Date}"}, 'Asia/Shanghai') AND first_scored < toDateTime({"{to:Date}"}, 'Asia/Shanghai')
            )
            GROUP BY agent ORDER BY agent
            """, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new QaAgentScores(r.Text("agent"), r.Count("scored"), r.Number("total"), r.Count("passed"),
            [r.Count("b90"), r.Count("b80"), r.Count("b70"), r.Count("b0")]))];
    }

    /// <summary>The latest score of each of <paramref name="callIds"/> that has one (0–100), e.g. for the calls kept as typical cases.</summary>
    public async Task<IReadOnlyDictionary<string, QaCallScore>> LatestForCallsAsync(IReadOnlyCollection<string> callIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callIds);
        if (callIds.Count == 0)
            return new Dictionary<string, QaCallScore>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, string> { ["calls"] = QueryParameterText.Of(callIds) };
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT call_id, argMax(agent, scored_at) AS scored_agent, argMax(if(max_score > 0, score / max_score * 100, 0), scored_at) AS pct
            FROM {database}.qa_scores WHERE has({"{calls:Array(String)}"}, call_id)
            GROUP BY call_id
            """, parameters, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Text("call_id"), r => new QaCallScore(r.Text("call_id"), r.Text("scored_agent"), r.Number("pct")), StringComparer.Ordinal);
    }
}
