using Hotline.Analytics.Analyses;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Api;

/// <summary>The host's reads of analytics for the people side (grains never call analytics): agent-state intervals and the per-agent figures reviews weigh.</summary>
public sealed class PeopleAnalytics(AnalyticsEngineHost engines, IOptions<HotlineOptions> options)
{
    private string Database => options.Value.Analytics.Database;

    /// <summary>The agent's state intervals overlapping [from, until), as the roster's adherence takes them.</summary>
    public async Task<IReadOnlyList<AgentStateSpan>> StatesAsync(string agent, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var rows = await new AgentReviewAnalysis(engine, Database).StatesAsync(agent, from, until, cancellationToken);
        return [.. rows.Select(r => new AgentStateSpan(r.State, r.Reason, r.StartedAt, r.EndedAt))];
    }

    /// <summary>The agent's counts from calls, QA scores, surveys and tickets over [from, until) (local midnights of the review's days); adherence and exams are the caller's.</summary>
    public async Task<AgentPeriodCounts> CountsAsync(string agent, DateOnly firstDay, DateOnly lastDay, DateTimeOffset from, DateTimeOffset until, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        (await CountsByAgentAsync(firstDay, lastDay, from, until, now, cancellationToken)).GetValueOrDefault(agent) ?? new AgentPeriodCounts();

    /// <summary>Every agent's counts over the period from one pass of the queries (each already groups by agent), for drafting a whole
    /// team: asking agent by agent would run the same whole-period queries once per agent.</summary>
    public async Task<IReadOnlyDictionary<string, AgentPeriodCounts>> CountsByAgentAsync(DateOnly firstDay, DateOnly lastDay, DateTimeOffset from, DateTimeOffset until,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var reviews = new AgentReviewAnalysis(engine, Database);
        var calls = ByAgent(await new LiveKpis(engine, Database).AgentsAsync(from, until, cancellationToken), a => a.Agent);
        var levels = ByAgent(await reviews.ServiceLevelAsync(from, until, cancellationToken: cancellationToken), a => a.Agent);
        // Analyses over local days take the day after the last as their exclusive end.
        var qa = ByAgent(await new QaScoreAnalysis(engine, Database).ByAgentAsync(firstDay, lastDay.AddDays(1), 0, cancellationToken), a => a.Agent);
        var surveys = ByAgent(await new SatisfactionAnalysis(engine, Database).ByAgentAsync(firstDay, lastDay.AddDays(1), cancellationToken), a => a.Key);
        var tickets = ByAgent(await reviews.TicketTimelinessAsync(from, until, now, cancellationToken), a => a.Agent);
        var agents = calls.Keys.Concat(levels.Keys).Concat(qa.Keys).Concat(surveys.Keys).Concat(tickets.Keys).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal);
        return agents.ToDictionary(agent => agent, agent =>
        {
            var call = calls.GetValueOrDefault(agent);
            var level = levels.GetValueOrDefault(agent);
            var score = qa.GetValueOrDefault(agent);
            var survey = surveys.GetValueOrDefault(agent);
            var ticket = tickets.GetValueOrDefault(agent);
            return new AgentPeriodCounts
            {
                Answered = call?.Answered ?? 0, HandleSeconds = (call?.AverageHandleTime ?? 0) * (call?.Answered ?? 0), AnsweredWithinTarget = level?.WithinTarget ?? 0,
                QaScored = score?.Scored ?? 0, QaScoreSum = score?.ScoreSum ?? 0, Surveys = survey?.Responses ?? 0, Satisfied = survey?.Satisfied ?? 0,
                TicketsCreated = ticket?.Created ?? 0, TicketsLate = ticket?.Late ?? 0,
            };
        }, StringComparer.Ordinal);
    }

    // The first row per agent, as reading one agent's row did before.
    private static Dictionary<string, T> ByAgent<T>(IEnumerable<T> rows, Func<T, string> agent) =>
        rows.GroupBy(agent, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
