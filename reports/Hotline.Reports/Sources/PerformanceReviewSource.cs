using System.Globalization;
using Hotline.Analytics.Schema;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Fills <see cref="PerformanceReviewData"/> for one agent from calls, agent states, QA scores and surveys, ranked among every agent active in the period.</summary>
/// <remarks>KPI weights and targets are <see cref="ReviewKpiRules"/>' provisional ones; names and teams come from the people directory once it exists.</remarks>
public sealed class PerformanceReviewSource(ReportQueries queries, ReportSettings settings)
{
    /// <summary>The review of <paramref name="agent"/> over <paramref name="period"/>, and whether the period holds anything about the agent.</summary>
    public async Task<(PerformanceReviewData Data, bool HasData)> LoadAsync(string agent, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        ArgumentNullException.ThrowIfNull(period);
        var now = await AgentsAsync(period, cancellationToken);
        var before = await AgentsAsync(period.Previous(), cancellationToken);
        var empty = new AgentPeriodFigures(agent, 0, 0, 0, 0, null, 0, 0, 0, 0);
        var mine = now.GetValueOrDefault(agent, empty);
        var previous = before.GetValueOrDefault(agent);

        var totals = Totals(now);
        var previousTotals = Totals(before);
        var kpis = ReviewKpiRules.Evaluate(mine, previous, MeanAnswered(now));
        var ranked = totals.OrderByDescending(t => t.Value).Select(t => t.Key).ToList();
        var rank = ranked.IndexOf(agent);
        var data = new PerformanceReviewData(
            string.Format(CultureInfo.GetCultureInfo("zh-CN"), SourceText.ReviewAgentName, agent), agent, SourceText.ReviewTeam, period, kpis,
            previousTotals.TryGetValue(agent, out var p) ? p : null,
            totals.Count == 0 ? null : totals.Values.Average(),
            rank < 0 ? null : rank + 1,
            totals.Count == 0 ? null : totals.Count,
            "");
        return (data, mine.HasData);
    }

    private static Dictionary<string, double> Totals(IReadOnlyDictionary<string, AgentPeriodFigures> agents)
    {
        var mean = MeanAnswered(agents);
        return agents.Values.Where(a => a.Answered > 0).ToDictionary(a => a.Agent, a => ReviewKpiRules.Evaluate(a, null, mean).Sum(k => k.Weight * k.Score), StringComparer.Ordinal);
    }

    private static double MeanAnswered(IReadOnlyDictionary<string, AgentPeriodFigures> agents)
    {
        var answering = agents.Values.Where(a => a.Answered > 0).ToList();
        return answering.Count == 0 ? 0 : answering.Average(a => a.Answered);
    }

    private async Task<IReadOnlyDictionary<string, AgentPeriodFigures>> AgentsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To.AddDays(1));
        var kpis = await queries.Analytics.Kpis.AgentsAsync(AnalyticsTime.StartOf(from), AnalyticsTime.StartOf(to), cancellationToken);
        var qa = (await queries.Qa.ByAgentAsync(from, to, settings.QaPassMark, cancellationToken)).ToDictionary(q => q.Agent, StringComparer.Ordinal);
        var surveys = (await queries.Satisfaction.ByAgentAsync(from, to, cancellationToken)).ToDictionary(s => s.Key, StringComparer.Ordinal);
        var agents = kpis.Select(k => k.Agent).Union(qa.Keys).Union(surveys.Keys).Distinct(StringComparer.Ordinal);
        var kpiByAgent = kpis.ToDictionary(k => k.Agent, StringComparer.Ordinal);
        return agents.ToDictionary(a => a, a =>
        {
            var k = kpiByAgent.GetValueOrDefault(a);
            var q = qa.GetValueOrDefault(a);
            var s = surveys.GetValueOrDefault(a);
            return new AgentPeriodFigures(a, k?.Answered ?? 0, k?.AverageHandleTime ?? 0, q?.Scored ?? 0, q?.Passed ?? 0, q is { Scored: > 0 } ? q.Average : null,
                s?.Responses ?? 0, s?.Satisfied ?? 0, k?.BusySeconds ?? 0, k?.AvailableSeconds ?? 0);
        }, StringComparer.Ordinal);
    }
}
