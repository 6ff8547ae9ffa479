using Hotline.Analytics.Ingestion;

namespace Hotline.Analytics.Schema;

/// <summary>The analytics schema's history, oldest first. Add a new version for every change; never edit an applied one.</summary>
public static class AnalyticsMigrations
{
    /// <summary>Every migration in version order.</summary>
    public static readonly IReadOnlyList<AnalyticsMigration> All =
    [
        new(1, "event tables: calls, agent states, queue snapshots, ticket events, transcripts, QA scores, surveys; rejected events",
            [.. EventTables.All.Select(t => t.Definition), RejectedEvents.Table], []),
        new(2, "ticket state: latest row per ticket by sequence",
            [RollupTables.Tickets], [RollupTables.TicketsView]),
        new(3, "daily and hourly rollups for dashboards",
            [RollupTables.CallsDaily, RollupTables.CallsHourly, RollupTables.AgentDaily, RollupTables.TicketsDaily],
            [RollupTables.CallsDailyView, RollupTables.CallsHourlyView, RollupTables.AgentDailyView, RollupTables.TicketsDailyView]),
    ];
}
