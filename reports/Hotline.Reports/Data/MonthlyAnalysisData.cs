namespace Hotline.Reports.Data;

/// <summary>Everything the monthly analysis report (月度分析报告) shows, as the analytics queries return it for one calendar month.</summary>
/// <param name="Period">The calendar month.</param>
/// <param name="TicketsReceived">Tickets received, with the previous month and the same month a year earlier.</param>
/// <param name="TicketsClosed">Tickets closed, likewise.</param>
/// <param name="OnTimeClosureRate">Closed within deadline ÷ closed, 0–1, likewise.</param>
/// <param name="CallsOffered">Calls offered, likewise.</param>
/// <param name="Categories">Tickets per category with 环比 and 同比 bases, largest first.</param>
/// <param name="Regions">Tickets per region, likewise.</param>
/// <param name="Enterprises">Complaints per enterprise, likewise; the most complained-about first.</param>
/// <param name="DailyTickets">One row per day of the month, with the same day of the previous month.</param>
/// <param name="CallHeat">Calls by weekday (7 rows, Monday first) and hour (24 columns), summed over the month.</param>
/// <param name="Workflow">Tickets of the month at each workflow stage, in workflow order.</param>
/// <param name="Hotspots">Topics that rose sharply.</param>
/// <param name="Topics">Topic analyses chosen for the month.</param>
/// <param name="Warnings">Early warnings raised in the month.</param>
/// <param name="Satisfaction">Survey results.</param>
public sealed record MonthlyAnalysisData(
    ReportPeriod Period,
    TrendValue TicketsReceived,
    TrendValue TicketsClosed,
    TrendValue OnTimeClosureRate,
    TrendValue CallsOffered,
    IReadOnlyList<BreakdownRow> Categories,
    IReadOnlyList<BreakdownRow> Regions,
    IReadOnlyList<BreakdownRow> Enterprises,
    IReadOnlyList<DailyCount> DailyTickets,
    IReadOnlyList<IReadOnlyList<double>> CallHeat,
    IReadOnlyList<FunnelStage> Workflow,
    IReadOnlyList<Hotspot> Hotspots,
    IReadOnlyList<TopicSection> Topics,
    IReadOnlyList<WarningItem> Warnings,
    SatisfactionFigures Satisfaction);
