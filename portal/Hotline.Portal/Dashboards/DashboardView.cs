namespace Hotline.Portal.Dashboards;

/// <summary>What the dashboard shows for a request: the 同比/环比 lines, largest first, and calls by weekday (Monday first) and hour over the period.</summary>
public sealed record DashboardView(DashboardRequest Request, DateOnly From, DateOnly Until, IReadOnlyList<ComparisonLine> Lines, IReadOnlyList<IReadOnlyList<double>> WeekdayHours)
{
    /// <summary>The total of the current period.</summary>
    public long Total => Lines.Sum(l => l.Current);
}
