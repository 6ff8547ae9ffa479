using Hotline.Analytics.Analyses;

namespace Hotline.Portal.Dashboards;

/// <summary>What the 热点 tab shows: the busiest and the significantly rising keys, and tickets by region × category over the same days.</summary>
public sealed record HotspotView(HotspotRequest Request, HotspotReport Report, CrossTab RegionByCategory);
