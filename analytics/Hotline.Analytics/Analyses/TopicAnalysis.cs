using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>专题分析: tickets whose texts (any step) and calls whose transcripts mention the keywords, broken down by category, region, enterprise, queue and day.</summary>
/// <remarks>All of a ticket's texts, or all of a call's segments, are joined before matching, so "all keywords" may be met across steps.</remarks>
public sealed class TopicAnalysis(IAnalyticsEngine engine, string database)
{
    public async Task<TopicReport> FindAsync(TopicQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keywords = query.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (keywords.Count == 0)
            throw new ArgumentException("A topic needs at least one keyword.", nameof(query));
        if (query.To <= query.From)
            throw new ArgumentException($"The topic range {query.From}–{query.To} is empty.", nameof(query));

        var match = query.MatchAll
            ? "arrayAll(k -> positionCaseInsensitiveUTF8(body, k) > 0, {keywords:Array(String)})"
            : "multiSearchAnyCaseInsensitiveUTF8(body, {keywords:Array(String)})";
        var parameters = new Dictionary<string, string>
        {
            ["keywords"] = QueryParameterText.Of(keywords), ["from"] = QueryParameterText.Of(query.From), ["to"] = QueryParameterText.Of(query.To),
        };
        const string TicketRange = "ticket_created_at >= toDateTime({from:Date}, 'Asia/Shanghai') AND ticket_created_at < toDateTime({to:Date}, 'Asia/Shanghai')";
        const string CallRange = "call_arrived_at >= toDateTime({from:Date}, 'Asia/Shanghai') AND call_arrived_at < toDateTime({to:Date}, 'Asia/Shanghai')";

        var tickets = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT category, region, enterprise, toString(toDate(ticket_created_at)) AS day, count() AS n
            FROM {database}.ticket_events
            WHERE kind = 'Created' AND {TicketRange} AND ticket_number IN (
                SELECT ticket_number FROM {database}.ticket_events WHERE {TicketRange}
                GROUP BY ticket_number HAVING {match.Replace("body", "arrayStringConcat(groupArray(text), '\n')", StringComparison.Ordinal)})
            GROUP BY category, region, enterprise, day
            """, parameters, cancellationToken: cancellationToken));

        var calls = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT queue, toString(toDate(arrived_at)) AS day, count() AS n
            FROM {database}.calls
            WHERE arrived_at >= toDateTime({"{from:Date}"}, 'Asia/Shanghai') AND arrived_at < toDateTime({"{to:Date}"}, 'Asia/Shanghai') AND call_id IN (
                SELECT call_id FROM {database}.transcripts WHERE {CallRange}
                GROUP BY call_id HAVING {match.Replace("body", "arrayStringConcat(arraySort(x -> x.1, groupArray((segment, text))).2, '\n')", StringComparison.Ordinal)})
            GROUP BY queue, day
            """, parameters, cancellationToken: cancellationToken));

        static IReadOnlyList<KeyCount> By(IEnumerable<(string Key, long Count)> rows) =>
            [.. rows.GroupBy(r => r.Key).Select(g => new KeyCount(g.Key, g.Sum(r => r.Count)))
                .OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal)];

        var daily = tickets.Select(r => (Day: r.Day("day"), Tickets: r.Count("n"), Calls: 0L))
            .Concat(calls.Select(r => (Day: r.Day("day"), Tickets: 0L, Calls: r.Count("n"))))
            .GroupBy(r => r.Day).OrderBy(g => g.Key)
            .Select(g => new DayCount(g.Key, g.Sum(r => r.Tickets), g.Sum(r => r.Calls))).ToList();
        return new TopicReport(
            tickets.Sum(r => r.Count("n")),
            calls.Sum(r => r.Count("n")),
            By(tickets.Select(r => (r.Text("category"), r.Count("n")))),
            By(tickets.Select(r => (r.Text("region"), r.Count("n")))),
            By(tickets.Where(r => r.Text("enterprise").Length > 0).Select(r => (r.Text("enterprise"), r.Count("n")))),
            By(calls.Select(r => (r.Text("queue"), r.Count("n")))),
            daily);
    }
}
