namespace Hotline.Reports.Data;

/// <summary>Everything one agent's performance review (绩效考核表) shows, as HR's review run returns it.</summary>
/// <param name="AgentName">The agent's name.</param>
/// <param name="AgentNumber">Employee or extension number.</param>
/// <param name="Team">The agent's team.</param>
/// <param name="Period">The review period.</param>
/// <param name="Kpis">The KPIs with weights adding up to 1.</param>
/// <param name="PreviousTotal">The weighted total of the previous review, where known.</param>
/// <param name="TeamAverageTotal">The team's mean weighted total this period, where known.</param>
/// <param name="Rank">The agent's rank in the team (1 = best), where known.</param>
/// <param name="TeamSize">How many agents were ranked.</param>
/// <param name="ReviewerComment">The reviewer's remarks; empty when none yet.</param>
public sealed record PerformanceReviewData(
    string AgentName,
    string AgentNumber,
    string Team,
    ReportPeriod Period,
    IReadOnlyList<KpiResult> Kpis,
    double? PreviousTotal,
    double? TeamAverageTotal,
    int? Rank,
    int? TeamSize,
    string ReviewerComment)
{
    /// <summary>The weighted total, Σ weight × score, 0–100.</summary>
    public double Total => Kpis.Sum(k => k.Weight * k.Score);
}
