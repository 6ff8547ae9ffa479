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
        // Version 1 creates the event tables from their current definitions, so a new database already has these
        // columns and this step only changes databases created before QueueSnapshotTaken version 2.
        new(4, "queue snapshots: calls offered, answered and abandoned since the previous snapshot",
            [], [], ColumnAddition.Of(EventTables.QueueSnapshots.Definition, "offered", "answered", "abandoned")),
        // Version 1 already creates qa_item_scores on a new database (CREATE … IF NOT EXISTS makes this a no-op there);
        // this step creates it on databases made before QA item events existed.
        new(5, "QA item scores: one row per scorecard item of a scored call",
            [EventTables.QaItemScores.Definition], []),
    ];
}
