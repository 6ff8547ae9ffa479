using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>Ticket workflow figures over a range of local days, from the ticket events: received, closed on time, open and overdue at the end, and how far tickets got.</summary>
/// <remarks>
/// The ticket events carry no deadline yet (it arrives with the tickets domain), so one deadline in days after creation applies to
/// every ticket. Open tickets are looked for among those created within <paramref name="lookBackDays"/> before the end, which keeps
/// the scan to a few monthly partitions; only the kinds that open or end a ticket are read, which the table's sort key (kind first) turns
/// into a few key ranges instead of every workflow step.
/// </remarks>
public sealed class TicketFlowAnalysis(IAnalyticsEngine engine, string database, int lookBackDays = 180)
{
    /// <summary>The workflow steps a dispatched ticket passes, in order, as ticket event kinds.</summary>
    public static readonly IReadOnlyList<string> Stages = ["Created", "Dispatched", "Replied", "VisitedBack", "Closed"];

    /// <summary>The figures for [<paramref name="from"/>, <paramref name="to"/>) with a deadline of <paramref name="deadlineDays"/> days after creation.</summary>
    public async Task<TicketFlow> FlowAsync(DateOnly from, DateOnly to, int deadlineDays, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deadlineDays);
        var parameters = Range(from, to);
        parameters["deadline"] = QueryParameterText.Of(deadlineDays);
        parameters["back"] = QueryParameterText.Of(lookBackDays);
        var moved = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT countIf(kind = 'Created') AS received, countIf(kind = 'Closed') AS closed,
                   countIf(kind = 'Closed' AND occurred_at <= ticket_created_at + toIntervalDay({"{deadline:UInt32}"})) AS on_time
            FROM {database}.ticket_events
            WHERE kind IN ('Created', 'Closed') AND {EventRange}
            """, parameters, cancellationToken: cancellationToken))[0];
        var open = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT count() AS open, countIf(created < {End} - toIntervalDay({"{deadline:UInt32}"})) AS overdue
            FROM (
                SELECT ticket_number, min(ticket_created_at) AS created, argMax(kind, sequence) AS last
                FROM {database}.ticket_events
                WHERE kind IN ('Created', 'Closed', 'Merged', 'Reopened')
                  AND occurred_at < {End} AND occurred_at >= {End} - toIntervalDay({"{back:UInt32}"})
                  AND ticket_created_at >= {End} - toIntervalDay({"{back:UInt32}"})
                GROUP BY ticket_number
            )
            WHERE last NOT IN ('Closed', 'Merged')
            """, parameters, cancellationToken: cancellationToken))[0];
        return new TicketFlow(moved.Count("received"), moved.Count("closed"), moved.Count("on_time"), open.Count("open"), open.Count("overdue"));
    }

    /// <summary>For tickets created in [<paramref name="from"/>, <paramref name="to"/>): all of them, then how many of the dispatched ones reached each later
    /// stage of <see cref="Stages"/> (by any time), in stage order.</summary>
    public async Task<IReadOnlyList<KeyCount>> StagesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var parameters = Range(from, to);
        parameters["stages"] = QueryParameterText.Of(Stages);
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT kind, uniqExact(ticket_number) AS n
            FROM {database}.ticket_events
            WHERE has({"{stages:Array(String)}"}, kind) AND {CreatedRange} AND occurred_at >= toDateTime({"{from:Date}"}, 'Asia/Shanghai')
              AND (kind = 'Created' OR ticket_number IN (
                  SELECT ticket_number FROM {database}.ticket_events
                  WHERE kind = 'Dispatched' AND {CreatedRange} AND occurred_at >= toDateTime({"{from:Date}"}, 'Asia/Shanghai')))
            GROUP BY kind
            """, parameters, cancellationToken: cancellationToken)).ToDictionary(r => r.Text("kind"), r => r.Count("n"));
        return [.. Stages.Select(s => new KeyCount(s, rows.GetValueOrDefault(s)))];
    }

    private const string End = "toDateTime({to:Date}, 'Asia/Shanghai')";
    private const string EventRange = "occurred_at >= toDateTime({from:Date}, 'Asia/Shanghai') AND occurred_at < toDateTime({to:Date}, 'Asia/Shanghai')";
    private const string CreatedRange = "ticket_created_at >= toDateTime({from:Date}, 'Asia/Shanghai') AND ticket_created_at < toDateTime({to:Date}, 'Asia/Shanghai')";

    private static Dictionary<string, string> Range(DateOnly from, DateOnly to)
    {
        if (to <= from)
            throw new ArgumentException($"The ticket range {from}–{to} is empty.", nameof(to));
        return new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };
    }
}
