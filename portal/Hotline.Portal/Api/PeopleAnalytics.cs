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
        CancellationToken cancellationToken)
    {
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var reviews = new AgentReviewAnalysis(engine, Database);
        var calls = (await new LiveKpis(engine, Database).AgentsAsync(from, until, cancellationToken)).FirstOrDefault(a => a.Agent == agent);
        var level = (await reviews.ServiceLevelAsync(from, until, cancellationToken: cancellationToken)).FirstOrDefault(a => a.Agent == agent);
        // Analyses over local days take the day after the last as their exclusive end.
        var qa = (await new QaScoreAnalysis(engine, Database).ByAgentAsync(firstDay, lastDay.AddDays(1), 0, cancellationToken)).FirstOrDefault(a => a.Agent == agent);
        var surveys = (await new SatisfactionAnalysis(engine, Database).ByAgentAsync(firstDay, lastDay.AddDays(1), cancellationToken)).FirstOrDefault(a => a.Key == agent);
        var tickets = (await reviews.TicketTimelinessAsync(from, until, now, cancellationToken)).FirstOrDefault(a => a.Agent == agent);
        return new AgentPeriodCounts
        {
            Answered = calls?.Answered ?? 0, HandleSeconds = (calls?.AverageHandleTime ?? 0) * (calls?.Answered ?? 0), AnsweredWithinTarget = level?.WithinTarget ?? 0,
            QaScored = qa?.Scored ?? 0, QaScoreSum = qa?.ScoreSum ?? 0, Surveys = surveys?.Responses ?? 0, Satisfied = surveys?.Satisfied ?? 0,
            TicketsCreated = tickets?.Created ?? 0, TicketsLate = tickets?.Late ?? 0,
        };
    }
}
