using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>满意度: survey answers over a range of local days, by rating, by the category of the ticket the surveyed call raised, and by agent.</summary>
public sealed class SatisfactionAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>The lowest rating (of 1–5) that counts as satisfied.</summary>
    public const int SatisfiedFrom = 4;

    /// <summary>Answers per rating 1–5 (keys "1" … "5", every rating present) in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<IReadOnlyList<KeyCount>> RatingsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT toString(rating) AS rating, count() AS n FROM {database}.survey_results WHERE {AnsweredRange} GROUP BY rating
            """, Range(from, to), cancellationToken: cancellationToken)).ToDictionary(r => r.Text("rating"), r => r.Count("n"));
        return [.. Enumerable.Range(1, 5).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(r => new KeyCount(r, rows.GetValueOrDefault(r)))];
    }

    /// <summary>Answers per ticket category (surveys of calls that raised a ticket), most answers first.</summary>
    public async Task<IReadOnlyList<SatisfactionCount>> ByCategoryAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        Read(await engine.QueryAsync($"""
            SELECT t.category AS key, count() AS responses, countIf(s.rating >= {SatisfiedFrom}) AS satisfied
            FROM {database}.survey_results AS s
            INNER JOIN (
                SELECT call_id, any(category) AS category FROM {database}.ticket_events
                WHERE kind = 'Created' AND call_id != '' AND occurred_at >= toDateTime({"{from:Date}"}, 'Asia/Shanghai') - toIntervalDay(1)
                  AND occurred_at < toDateTime({"{to:Date}"}, 'Asia/Shanghai') + toIntervalDay(1)
                GROUP BY call_id
            ) AS t ON s.call_id = t.call_id
            WHERE {AnsweredRange.Replace("answered_at", "s.answered_at", StringComparison.Ordinal)}
            GROUP BY key
            """, Range(from, to), cancellationToken: cancellationToken));

    /// <summary>Answers per agent, most answers first.</summary>
    public async Task<IReadOnlyList<SatisfactionCount>> ByAgentAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        Read(await engine.QueryAsync($"""
            SELECT agent AS key, count() AS responses, countIf(rating >= {SatisfiedFrom}) AS satisfied
            FROM {database}.survey_results WHERE agent != '' AND {AnsweredRange} GROUP BY key
            """, Range(from, to), cancellationToken: cancellationToken));

    private const string AnsweredRange = "answered_at >= toDateTime({from:Date}, 'Asia/Shanghai') AND answered_at < toDateTime({to:Date}, 'Asia/Shanghai')";

    private static List<SatisfactionCount> Read(AnalyticsResult result) =>
        [.. ResultRows.Parse(result).Select(r => new SatisfactionCount(r.Text("key"), r.Count("responses"), r.Count("satisfied")))
            .OrderByDescending(c => c.Responses).ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static Dictionary<string, string> Range(DateOnly from, DateOnly to)
    {
        if (to <= from)
            throw new ArgumentException($"The survey range {from}–{to} is empty.", nameof(to));
        return new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };
    }
}
