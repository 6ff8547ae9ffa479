using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Reports.Tests.Sources;

/// <summary>Figures computed with LINQ straight from the generated events, independently of the SQL the reports use.</summary>
internal sealed class ExpectedFigures(IReadOnlyList<IDomainEvent> events)
{
    private static bool In(DateTimeOffset at, DateOnly from, DateOnly to) => AnalyticsTime.LocalDay(at) is var day && day >= from && day <= to;

    private IEnumerable<CallDetailRecord> QueuedCalls(DateOnly from, DateOnly to) =>
        events.OfType<CallDetailRecord>().Where(c => c.Direction == CallDirection.Inbound && c.Queue.Length > 0 && In(c.ArrivedAt, from, to));

    public long CallsOffered(DateOnly from, DateOnly to) => QueuedCalls(from, to).Count();

    public long CallsAnswered(DateOnly from, DateOnly to) => QueuedCalls(from, to).Count(c => c.AnsweredAt is not null);

    public long CallsAbandoned(DateOnly from, DateOnly to) => QueuedCalls(from, to).Count(c => c.EndCause == CallEndCause.Abandoned);

    public long TicketsCreated(DateOnly from, DateOnly to) =>
        events.OfType<TicketEvent>().Count(t => t.Kind == TicketEventKind.Created && In(t.OccurredAt, from, to));

    public long TicketsClosed(DateOnly from, DateOnly to) =>
        events.OfType<TicketEvent>().Count(t => t.Kind == TicketEventKind.Closed && In(t.OccurredAt, from, to));

    public IReadOnlyList<(string Category, long Count)> TicketsByCategory(DateOnly from, DateOnly to) =>
        [.. events.OfType<TicketEvent>().Where(t => t.Kind == TicketEventKind.Created && In(t.OccurredAt, from, to))
            .GroupBy(t => t.CategoryPath[0]).Select(g => (g.Key, (long)g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)];

    public IReadOnlyList<QaScore> QaScores(DateOnly from, DateOnly to) => [.. events.OfType<QaScore>().Where(q => In(q.ScoredAt, from, to))];

    /// <summary>Per item name: calls judged (passed, partial or failed) and passed, by the latest result of each call and item, for calls first scored in the days.</summary>
    public IReadOnlyDictionary<string, (long Checked, long Passed)> QaItemPassRates(DateOnly from, DateOnly to) =>
        events.OfType<QaItemScore>().GroupBy(e => (e.CallId, e.ItemId))
            .Select(g => (Latest: g.MaxBy(e => e.ScoredAt)!, First: g.Min(e => e.ScoredAt)))
            .Where(l => In(l.First, from, to) && l.Latest.Status is "Passed" or "Partial" or "Failed")
            .GroupBy(l => l.Latest.ItemName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ((long)g.Count(), (long)g.Count(l => l.Latest.Status == "Passed")), StringComparer.Ordinal);

    public long AnsweredBy(string agent, DateOnly from, DateOnly to) => QueuedCalls(from, to).Count(c => c.AnsweredAt is not null && c.AgentId == agent);

    public (long Responses, long Satisfied) Surveys(DateOnly from, DateOnly to)
    {
        var answers = events.OfType<SurveyResult>().Where(s => In(s.AnsweredAt, from, to)).ToList();
        return (answers.Count, answers.Count(s => s.Rating >= 4));
    }
}
