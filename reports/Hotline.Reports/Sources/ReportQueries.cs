using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;

namespace Hotline.Reports.Sources;

/// <summary>Every analytics query the reports read, over one engine and analytics database.</summary>
public sealed class ReportQueries(IAnalyticsEngine engine, string database)
{
    /// <summary>同比 / 环比, hotspots, topics, trends and KPIs.</summary>
    public AnalyticsQueries Analytics { get; } = new(engine, database);

    /// <summary>Call totals, hour profiles and heat maps.</summary>
    public CallVolumeAnalysis Calls { get; } = new(engine, database);

    /// <summary>Received, closed, open and overdue tickets; workflow stages.</summary>
    public TicketFlowAnalysis Tickets { get; } = new(engine, database);

    /// <summary>Survey answers.</summary>
    public SatisfactionAnalysis Satisfaction { get; } = new(engine, database);

    /// <summary>QA scores.</summary>
    public QaScoreAnalysis Qa { get; } = new(engine, database);

    /// <summary>QA scorecard item results.</summary>
    public QaItemAnalysis QaItems { get; } = new(engine, database);
}
