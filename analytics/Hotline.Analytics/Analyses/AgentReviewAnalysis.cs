using System.Globalization;
using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>The agent figures performance reviews need beyond <see cref="LiveKpis.AgentsAsync"/>: state intervals (for adherence), service-level share and ticket timeliness.</summary>
public sealed class AgentReviewAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>The agent's state intervals overlapping [from, to), oldest first, unclipped.</summary>
    public async Task<IReadOnlyList<AgentStateRow>> StatesAsync(string agent, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        var parameters = Window(from, to);
        parameters["agent"] = QueryParameterText.Escape(agent);
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT state, reason, toUnixTimestamp64Milli(started_at) AS started, toUnixTimestamp64Milli(ended_at) AS ended
            FROM {database}.agent_states
            WHERE agent = {"{agent:String}"} AND started_at < {"{to:DateTime64(3)}"} AND ended_at > {"{from:DateTime64(3)}"}
            ORDER BY started_at
            """, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AgentStateRow(r.Text("state"), r.Text("reason"),
            DateTimeOffset.FromUnixTimeMilliseconds(r.Count("started")), DateTimeOffset.FromUnixTimeMilliseconds(r.Count("ended"))))];
    }

    /// <summary>Per agent: calls answered in [from, to) and those answered within <paramref name="targetSeconds"/> of waiting.</summary>
    public async Task<IReadOnlyList<AgentServiceLevel>> ServiceLevelAsync(DateTimeOffset from, DateTimeOffset to, double targetSeconds = 20, CancellationToken cancellationToken = default)
    {
        var parameters = Window(from, to);
        parameters["target"] = QueryParameterText.Of(targetSeconds);
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT agent, count() AS answered, countIf(wait_s <= {"{target:Float64}"}) AS within
            FROM {database}.calls
            WHERE is_answered = 1 AND agent != '' AND arrived_at >= {"{from:DateTime64(3)}"} AND arrived_at < {"{to:DateTime64(3)}"}
            GROUP BY agent ORDER BY agent
            """, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AgentServiceLevel(r.Text("agent"), r.Count("answered"), r.Count("within")))];
    }

    /// <summary>Per agent: tickets created by the agent in [from, to) and how many of them were urged or supervised (督办 is 'Escalated'; events stored before that kind existed say 'Supervised') up to <paramref name="lateUntil"/>.</summary>
    public async Task<IReadOnlyList<AgentTicketTimeliness>> TicketTimelinessAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset lateUntil, CancellationToken cancellationToken = default)
    {
        var parameters = Window(from, to);
        parameters["late_until"] = QueryParameterText.Of(lateUntil);
        var rows = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT c.creator AS agent, count() AS created, countIf(l.ticket_number != '') AS late
            FROM (
                SELECT ticket_number, any(actor) AS creator FROM {database}.ticket_events
                WHERE kind = 'Created' AND actor != '' AND occurred_at >= {"{from:DateTime64(3)}"} AND occurred_at < {"{to:DateTime64(3)}"}
                GROUP BY ticket_number
            ) AS c
            LEFT JOIN (
                SELECT DISTINCT ticket_number FROM {database}.ticket_events
                WHERE kind IN ('Urged', 'Supervised', 'Escalated') AND occurred_at >= {"{from:DateTime64(3)}"} AND occurred_at < {"{late_until:DateTime64(3)}"}
            ) AS l ON c.ticket_number = l.ticket_number
            GROUP BY agent ORDER BY agent
            """, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AgentTicketTimeliness(r.Text("agent"), r.Count("created"), r.Count("late")))];
    }

    private static Dictionary<string, string> Window(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The window {from:O}–{to:O} is empty."), nameof(to));
        return new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };
    }
}
