using Hotline.Qa.Warnings;

namespace Hotline.Portal.Dashboards;

/// <summary>Reads what the decision dashboards show.</summary>
public interface IDashboardData
{
    /// <summary>The 同比/环比 view for <paramref name="request"/>.</summary>
    Task<DashboardView> LoadAsync(DashboardRequest request, CancellationToken cancellationToken);

    /// <summary>The hotspots and the region × category map for <paramref name="request"/>.</summary>
    Task<HotspotView> HotspotsAsync(HotspotRequest request, CancellationToken cancellationToken);

    /// <summary>The topic analysis for <paramref name="request"/>.</summary>
    Task<TopicView> TopicAsync(TopicRequest request, CancellationToken cancellationToken);

    /// <summary>The 预警 alerts for the days <paramref name="from"/>–<paramref name="until"/> (inclusive), most severe first.</summary>
    Task<IReadOnlyList<WarningAlert>> WarningsAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken);
}
