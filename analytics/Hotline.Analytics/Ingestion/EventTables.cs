using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Ingestion;

/// <summary>The analytics store's event tables, one per domain event kind, partitioned by local month.</summary>
public static class EventTables
{
    /// <summary>Call detail records.</summary>
    public static readonly EventTable<CallDetailRecord> Calls = new(
        DomainEventCatalog.CallDetail, "calls", "toYYYYMM(arrived_at)", "queue, arrived_at",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Text("call_id", e => e.CallId),
            c.Label("direction", e => e.Direction.ToString()),
            c.Text("caller", e => e.CallerNumber),
            c.Text("called", e => e.CalledNumber),
            c.Label("service_number", e => e.ServiceNumber),
            c.Label("region", e => e.Region),
            c.Label("queue", e => e.Queue),
            c.Label("agent", e => e.AgentId),
            c.Labels("skills", e => e.Skills),
            c.Labels("ivr_path", e => e.IvrPath),
            c.Time("arrived_at", e => e.ArrivedAt),
            c.OptionalTime("queued_at", e => e.QueuedAt),
            c.OptionalTime("offered_at", e => e.OfferedAt),
            c.OptionalTime("answered_at", e => e.AnsweredAt),
            c.Time("ended_at", e => e.EndedAt),
            c.OptionalTime("wrap_up_ended_at", e => e.WrapUpEndedAt),
            c.Flag("is_answered", e => e.AnsweredAt is not null),
            c.Flag("is_abandoned", e => e.EndCause == CallEndCause.Abandoned),
            c.Measure("wait_s", e => e.WaitSeconds),
            c.Measure("talk_s", e => e.TalkSeconds),
            c.Measure("hold_s", e => e.HoldSeconds),
            c.Measure("wrap_s", e => e.WrapUpSeconds),
            c.Small("transfers", e => e.Transfers.Count),
            c.Texts("transfer_chain", e => [.. e.Transfers.Select(t => t.To)]),
            c.Label("end_cause", e => e.EndCause.ToString()),
            c.Text("recording", e => e.RecordingPath),
            c.Measure("rtcp_loss", e => e.RtcpLossFraction),
            c.Measure("rtcp_jitter_ms", e => e.RtcpJitterMilliseconds),
            c.Text("ticket_number", e => e.TicketNumber),
        ]);

    /// <summary>Agent state intervals.</summary>
    public static readonly EventTable<AgentStateInterval> AgentStates = new(
        DomainEventCatalog.AgentState, "agent_states", "toYYYYMM(started_at)", "agent, started_at",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Label("agent", e => e.AgentId),
            c.Label("state", e => e.State),
            c.Label("reason", e => e.Reason),
            c.Label("queue", e => e.Queue),
            c.Time("started_at", e => e.StartedAt),
            c.Time("ended_at", e => e.EndedAt),
            c.PreciseMeasure("seconds", e => e.Seconds),
        ]);

    /// <summary>Queue snapshots.</summary>
    public static readonly EventTable<QueueSnapshotTaken> QueueSnapshots = new(
        DomainEventCatalog.QueueSnapshot, "queue_snapshots", "toYYYYMM(taken_at)", "queue, taken_at",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Label("queue", e => e.Queue),
            c.Time("taken_at", e => e.TakenAt),
            c.Count("waiting", e => e.CallsWaiting),
            c.Measure("longest_wait_s", e => e.LongestWaitSeconds),
            c.Count("agents_ready", e => e.AgentsReady),
            c.Count("agents_busy", e => e.AgentsBusy),
            c.Count("agents_wrap_up", e => e.AgentsWrapUp),
            c.Count("agents_not_ready", e => e.AgentsNotReady),
            // Since the previous snapshot; 0 in rows from version 1 events (added by schema migration 4).
            c.Count("offered", e => e.Offered),
            c.Count("answered", e => e.Answered),
            c.Count("abandoned", e => e.Abandoned),
        ]);

    /// <summary>Ticket events (the full history; the latest state per ticket is kept in the tickets table).</summary>
    public static readonly EventTable<TicketEvent> TicketEvents = new(
        DomainEventCatalog.Ticket, "ticket_events", "toYYYYMM(occurred_at)", "kind, occurred_at, ticket_number",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Text("ticket_number", e => e.TicketNumber),
            c.Count("sequence", e => e.Sequence),
            c.Label("kind", e => e.Kind.ToString()),
            c.Time("occurred_at", e => e.OccurredAt),
            c.Time("ticket_created_at", e => e.TicketCreatedAt),
            c.Label("ticket_type", e => e.TicketType),
            c.Labels("category_path", e => e.CategoryPath),
            c.Label("category", e => e.CategoryPath.Count > 0 ? e.CategoryPath[0] : ""),
            c.Label("subcategory", e => string.Join('/', e.CategoryPath.Take(2))),
            c.Label("channel", e => e.Channel),
            c.Label("region", e => e.Region),
            c.Label("industry", e => e.Industry),
            c.Label("enterprise", e => e.Enterprise),
            c.Label("route", e => e.Route),
            c.Text("plate", e => e.Plate),
            c.Label("state", e => e.State),
            c.Label("actor", e => e.Actor),
            c.Text("text", e => e.Text),
            c.Text("call_id", e => e.CallId),
        ]);

    /// <summary>Transcript segments.</summary>
    public static readonly EventTable<TranscriptSegment> Transcripts = new(
        DomainEventCatalog.Transcript, "transcripts", "toYYYYMM(call_arrived_at)", "call_arrived_at, call_id, segment",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Text("call_id", e => e.CallId),
            c.Time("call_arrived_at", e => e.CallArrivedAt),
            c.Count("segment", e => e.Index),
            c.Label("speaker", e => e.Speaker),
            c.Measure("start_s", e => e.StartSeconds),
            c.Measure("end_s", e => e.EndSeconds),
            c.Text("text", e => e.Text),
            c.Measure("confidence", e => e.Confidence),
        ]);

    /// <summary>QA scores.</summary>
    public static readonly EventTable<QaScore> QaScores = new(
        DomainEventCatalog.QaScore, "qa_scores", "toYYYYMM(scored_at)", "agent, scored_at",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Text("call_id", e => e.CallId),
            c.Label("agent", e => e.AgentId),
            c.Label("scorecard", e => e.Scorecard),
            c.Measure("score", e => e.Score),
            c.Measure("max_score", e => e.MaxScore),
            c.Label("scored_by", e => e.ScoredBy),
            c.Time("scored_at", e => e.ScoredAt),
            c.Time("call_arrived_at", e => e.CallArrivedAt),
        ]);

    /// <summary>QA item scores: one row per scorecard item of a scored call (corrections and re-scores add rows; read the latest per call and item).</summary>
    public static readonly EventTable<QaItemScore> QaItemScores = new(
        DomainEventCatalog.QaItemScore, "qa_item_scores", "toYYYYMM(scored_at)", "item_name, scored_at, call_id",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Text("call_id", e => e.CallId),
            c.Label("agent", e => e.AgentId),
            c.Label("scorecard", e => e.ScorecardId),
            c.Count("scorecard_version", e => e.ScorecardVersion),
            c.Label("item_id", e => e.ItemId),
            c.Label("item_name", e => e.ItemName),
            c.Measure("points", e => e.Points),
            c.Measure("score", e => e.Score),
            c.Label("status", e => e.Status),
            c.Label("scored_by", e => e.ScoredBy),
            c.Time("scored_at", e => e.ScoredAt),
            c.Time("call_arrived_at", e => e.CallArrivedAt),
        ]);

    /// <summary>Survey results.</summary>
    public static readonly EventTable<SurveyResult> Surveys = new(
        DomainEventCatalog.Survey, "survey_results", "toYYYYMM(answered_at)", "queue, answered_at",
        c => [
            c.Uuid("event_id", e => e.EventId),
            c.Version(e => e.SchemaVersion),
            c.Text("call_id", e => e.CallId),
            c.Text("ticket_number", e => e.TicketNumber),
            c.Label("agent", e => e.AgentId),
            c.Label("queue", e => e.Queue),
            c.Small("rating", e => e.Rating),
            c.Label("channel", e => e.Channel),
            c.Text("comment", e => e.Comment),
            c.Time("answered_at", e => e.AnsweredAt),
        ]);

    /// <summary>Every event table.</summary>
    public static readonly IReadOnlyList<IEventTable> All = [Calls, AgentStates, QueueSnapshots, TicketEvents, Transcripts, QaScores, Surveys, QaItemScores];

    private static readonly Dictionary<string, IEventTable> s_byEvent = All.ToDictionary(t => t.EventName, StringComparer.Ordinal);

    /// <summary>The table that stores events of a DomainEventCatalog name.</summary>
    public static IEventTable For(string eventName) =>
        s_byEvent.TryGetValue(eventName, out var table)
            ? table
            : throw new ArgumentException($"No analytics table stores '{eventName}' events.", nameof(eventName));
}
