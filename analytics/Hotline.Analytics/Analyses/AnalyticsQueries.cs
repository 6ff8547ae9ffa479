using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>The analyses the portal and the reports call, over one engine and analytics database.</summary>
public sealed class AnalyticsQueries(IAnalyticsEngine engine, string database)
{
    /// <summary>同比 / 环比.</summary>
    public PeriodComparison Comparison { get; } = new(engine, database);

    /// <summary>热点.</summary>
    public HotspotAnalysis Hotspots { get; } = new(engine, database);

    /// <summary>专题.</summary>
    public TopicAnalysis Topics { get; } = new(engine, database);

    /// <summary>Trend series with seasonality.</summary>
    public TrendAnalysis Trends { get; } = new(engine, database);

    /// <summary>Live queue and agent KPIs.</summary>
    public LiveKpis Kpis { get; } = new(engine, database);
}
