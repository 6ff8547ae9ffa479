namespace Hotline.Analytics.Schema;

/// <summary>The tables materialized views keep up to date from the event tables: ticket state and the daily/hourly rollups dashboards read.</summary>
/// <remarks>Summing tables are summed again at query time (sum … GROUP BY): rows of one key merge only eventually.</remarks>
public static class RollupTables
{
    private static ColumnDefinition Col(string name, string type) => new(name, type);

    private const string Label = "LowCardinality(String)";

    /// <summary>Latest state per ticket: the row with the highest sequence wins (FINAL or argMax at query time).</summary>
    public static readonly TableDefinition Tickets = new("tickets",
    [
        Col("ticket_number", "String"), Col("sequence", "UInt32"),
        Col("created_at", AnalyticsTime.TimestampType), Col("updated_at", AnalyticsTime.TimestampType),
        Col("ticket_type", Label), Col("category", Label), Col("subcategory", Label), Col("channel", Label),
        Col("region", Label), Col("industry", Label), Col("enterprise", Label), Col("route", Label),
        Col("plate", "String"), Col("state", Label),
    ], "ReplacingMergeTree(sequence)", "toYYYYMM(created_at)", "ticket_number");

    /// <summary>Feeds <see cref="Tickets"/> from every ticket event.</summary>
    public static readonly ViewDefinition TicketsView = new("tickets_mv", Tickets.Name,
        "SELECT ticket_number, sequence, ticket_created_at AS created_at, occurred_at AS updated_at, ticket_type, category, subcategory, "
        + "channel, region, industry, enterprise, route, plate, state FROM {source}", "ticket_events");

    /// <summary>Calls per local day, direction, queue and region.</summary>
    public static readonly TableDefinition CallsDaily = new("calls_daily",
    [
        Col("day", "Date"), Col("direction", Label), Col("queue", Label), Col("region", Label),
        Col("offered", "UInt64"), Col("answered", "UInt64"), Col("abandoned", "UInt64"), Col("answered_in_20s", "UInt64"),
        Col("wait_answered_s", "Float64"), Col("handle_s", "Float64"), Col("talk_sum_s", "Float64"), Col("hold_sum_s", "Float64"),
        Col("wrap_sum_s", "Float64"), Col("transfers", "UInt64"),
    ], "SummingMergeTree", "toYear(day)", "day, direction, queue, region");

    /// <summary>Feeds <see cref="CallsDaily"/>.</summary>
    public static readonly ViewDefinition CallsDailyView = new("calls_daily_mv", CallsDaily.Name,
        "SELECT toDate(arrived_at) AS day, direction, queue, region, count() AS offered, sum(is_answered) AS answered, "
        + "sum(is_abandoned) AS abandoned, countIf(is_answered = 1 AND wait_s <= 20) AS answered_in_20s, "
        + "sumIf(wait_s, is_answered = 1) AS wait_answered_s, sumIf(talk_s + hold_s + wrap_s, is_answered = 1) AS handle_s, "
        + "sum(talk_s) AS talk_sum_s, sum(hold_s) AS hold_sum_s, sum(wrap_s) AS wrap_sum_s, sum(transfers) AS transfers "
        + "FROM {source} GROUP BY day, direction, queue, region", "calls");

    /// <summary>Calls per local hour, direction and queue (intraday profiles and heat maps).</summary>
    public static readonly TableDefinition CallsHourly = new("calls_hourly",
    [
        Col("hour", "DateTime('Asia/Shanghai')"), Col("direction", Label), Col("queue", Label),
        Col("offered", "UInt64"), Col("answered", "UInt64"), Col("abandoned", "UInt64"),
    ], "SummingMergeTree", "toYYYYMM(hour)", "hour, direction, queue");

    /// <summary>Feeds <see cref="CallsHourly"/>.</summary>
    public static readonly ViewDefinition CallsHourlyView = new("calls_hourly_mv", CallsHourly.Name,
        "SELECT toStartOfHour(arrived_at) AS hour, direction, queue, count() AS offered, sum(is_answered) AS answered, sum(is_abandoned) AS abandoned "
        + "FROM {source} GROUP BY hour, direction, queue", "calls");

    /// <summary>Seconds per local day, agent and state (occupancy and attendance history).</summary>
    public static readonly TableDefinition AgentDaily = new("agent_daily",
    [
        Col("day", "Date"), Col("agent", Label), Col("state", Label), Col("seconds", "Float64"), Col("intervals", "UInt64"),
    ], "SummingMergeTree", "toYear(day)", "day, agent, state");

    /// <summary>Feeds <see cref="AgentDaily"/>.</summary>
    public static readonly ViewDefinition AgentDailyView = new("agent_daily_mv", AgentDaily.Name,
        "SELECT toDate(started_at) AS day, agent, state, sum(seconds) AS seconds, count() AS intervals FROM {source} GROUP BY day, agent, state",
        "agent_states");

    /// <summary>Tickets created per local day and classification (the 同比/环比 and hotspot source).</summary>
    public static readonly TableDefinition TicketsDaily = new("tickets_daily",
    [
        Col("day", "Date"), Col("ticket_type", Label), Col("category", Label), Col("subcategory", Label), Col("channel", Label),
        Col("region", Label), Col("industry", Label), Col("enterprise", Label), Col("created", "UInt64"),
    ], "SummingMergeTree", "toYear(day)", "day, ticket_type, category, subcategory, channel, region, industry, enterprise");

    /// <summary>Feeds <see cref="TicketsDaily"/> from creation events.</summary>
    public static readonly ViewDefinition TicketsDailyView = new("tickets_daily_mv", TicketsDaily.Name,
        "SELECT toDate(occurred_at) AS day, ticket_type, category, subcategory, channel, region, industry, enterprise, count() AS created "
        + "FROM {source} WHERE kind = 'Created' GROUP BY day, ticket_type, category, subcategory, channel, region, industry, enterprise",
        "ticket_events");
}
