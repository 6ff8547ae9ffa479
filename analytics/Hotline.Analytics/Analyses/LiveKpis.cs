using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>Live KPIs per queue and per agent over a window (typically today so far): service level, ASA, AHT, abandonment, occupancy, calls waiting.</summary>
/// <remarks>Reads the raw event tables for the window, which the sorting keys keep to a small range.</remarks>
public sealed class LiveKpis(IAnalyticsEngine engine, string database)
{
    /// <summary>Agent states that count as logged in and available for calls.</summary>
    public static readonly IReadOnlyList<string> AvailableStates = ["Ready", "Ringing", "Talking", "WrapUp"];

    /// <summary>Agent states that count as busy with a call.</summary>
    public static readonly IReadOnlyList<string> BusyStates = ["Talking", "WrapUp"];

    /// <summary>One row per queue that had calls or snapshots in the window.</summary>
    public async Task<IReadOnlyList<QueueKpis>> QueuesAsync(DateTimeOffset from, DateTimeOffset to, double targetSeconds = 20, CancellationToken cancellationToken = default)
    {
        var parameters = Window(from, to);
        parameters["target"] = QueryParameterText.Of(targetSeconds);
        var calls = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT queue, count() AS offered, sum(is_answered) AS answered, sum(is_abandoned) AS abandoned,
                   countIf(is_answered = 1 AND wait_s <= {"{target:Float64}"}) AS within,
                   sumIf(wait_s, is_answered = 1) AS wait, sumIf(talk_s + hold_s + wrap_s, is_answered = 1) AS handle
            FROM {database}.calls
            WHERE queue != '' AND arrived_at >= {"{from:DateTime64(3)}"} AND arrived_at < {"{to:DateTime64(3)}"}
            GROUP BY queue
            """, parameters, cancellationToken: cancellationToken)).ToDictionary(r => r.Text("queue"));
        var waiting = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT queue, argMax(waiting, taken_at) AS waiting, argMax(longest_wait_s, taken_at) AS longest
            FROM {database}.queue_snapshots
            WHERE taken_at >= {"{from:DateTime64(3)}"} AND taken_at <= {"{to:DateTime64(3)}"}
            GROUP BY queue
            """, parameters, cancellationToken: cancellationToken)).ToDictionary(r => r.Text("queue"));

        return [.. calls.Keys.Union(waiting.Keys).Order(StringComparer.Ordinal).Select(queue =>
        {
            long offered = 0, answered = 0, abandoned = 0, within = 0;
            double wait = 0, handle = 0;
            if (calls.TryGetValue(queue, out var c))
                (offered, answered, abandoned, within, wait, handle) = (c.Count("offered"), c.Count("answered"), c.Count("abandoned"), c.Count("within"), c.Number("wait"), c.Number("handle"));
            var (now, longest) = waiting.TryGetValue(queue, out var w) ? (w.Count("waiting"), w.Number("longest")) : (0L, 0.0);
            return new QueueKpis(queue, offered, answered, abandoned, within,
                answered == 0 ? 0 : wait / answered, answered == 0 ? 0 : handle / answered, now, longest);
        })];
    }

    /// <summary>One row per agent who answered calls or had state intervals in the window.</summary>
    public async Task<IReadOnlyList<AgentKpis>> AgentsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var parameters = Window(from, to);
        parameters["available"] = QueryParameterText.Of(AvailableStates);
        parameters["busy"] = QueryParameterText.Of(BusyStates);
        var calls = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT agent, count() AS answered, sum(talk_s + hold_s + wrap_s) AS handle
            FROM {database}.calls
            WHERE is_answered = 1 AND agent != '' AND arrived_at >= {"{from:DateTime64(3)}"} AND arrived_at < {"{to:DateTime64(3)}"}
            GROUP BY agent
            """, parameters, cancellationToken: cancellationToken)).ToDictionary(r => r.Text("agent"));
        // Intervals overlapping the window count only their part inside it.
        var states = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT agent,
                   sumIf(clipped, has({"{busy:Array(String)}"}, state)) AS busy,
                   sumIf(clipped, has({"{available:Array(String)}"}, state)) AS available
            FROM (
                SELECT agent, state,
                       greatest(0, toUnixTimestamp64Milli(least(ended_at, {"{to:DateTime64(3)}"})) - toUnixTimestamp64Milli(greatest(started_at, {"{from:DateTime64(3)}"}))) / 1000 AS clipped
                FROM {database}.agent_states
                WHERE started_at < {"{to:DateTime64(3)}"} AND ended_at > {"{from:DateTime64(3)}"}
            )
            GROUP BY agent
            """, parameters, cancellationToken: cancellationToken)).ToDictionary(r => r.Text("agent"));

        return [.. calls.Keys.Union(states.Keys).Order(StringComparer.Ordinal).Select(agent =>
        {
            var (answered, handle) = calls.TryGetValue(agent, out var c) ? (c.Count("answered"), c.Number("handle")) : (0L, 0.0);
            var (busy, available) = states.TryGetValue(agent, out var s) ? (s.Number("busy"), s.Number("available")) : (0.0, 0.0);
            return new AgentKpis(agent, answered, answered == 0 ? 0 : handle / answered, busy, available);
        })];
    }

    private static Dictionary<string, string> Window(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            throw new ArgumentException($"The KPI window {from:O}–{to:O} is empty.", nameof(to));
        return new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };
    }
}
