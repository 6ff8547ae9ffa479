using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;
using Hotline.Portal.Dashboards;
using Hotline.Qa.Warnings;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>Dashboard data for component tests: fixed answers built here, the last request of each kind remembered, and a failure to throw when set.</summary>
internal sealed class ScriptedDashboardData : IDashboardData
{
    public DashboardRequest? Last { get; private set; }

    public HotspotRequest? LastHotspots { get; private set; }

    public TopicRequest? LastTopic { get; private set; }

    public (DateOnly From, DateOnly Until)? LastWarnings { get; private set; }

    public Exception? Failure { get; set; }

    /// <summary>同比/环比 reads answered so far.</summary>
    public int Answered => answered;

    private int answered;

    /// <summary>Awaited before a 同比/环比 answer (to hold one read back while another overtakes it).</summary>
    public Func<DashboardRequest, Task>? Before { get; set; }

    /// <summary>Two categories (出租车 up 25 % on the previous period, 公交 new) and a heat map whose Wednesday 09:00 holds 42 calls.</summary>
    public async Task<DashboardView> LoadAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        Last = request;
        if (Before is not null)
            await Before(request);
        Interlocked.Increment(ref answered);
        ThrowIfFailing();
        var heat = Enumerable.Range(0, 7).Select(d => (IReadOnlyList<double>)[.. Enumerable.Range(0, 24).Select(h => d == 2 && h == 9 ? 42.0 : 1.0)]).ToList();
        return new DashboardView(request, request.Start, request.Start.AddMonths(1).AddDays(-1),
            [ComparisonLine.From(new ComparisonRow("出租车", 125, 100, 250), "全部"), ComparisonLine.From(new ComparisonRow("公交", 40, 0, 0), "全部")], heat);
    }

    /// <summary>Two busy keys, one of them rising, and a 2 × 2 region × category map with 5 tickets left out.</summary>
    public Task<HotspotView> HotspotsAsync(HotspotRequest request, CancellationToken cancellationToken)
    {
        LastHotspots = request;
        ThrowIfFailing();
        Hotspot busy = new("北京出租一公司", 52, 200, 50, 0.3), rising = new("北京出租二公司", 40, 80, 20, 4.9);
        var map = new CrossTab(["朝阳区", "海淀区"], ["出租汽车", "城市公交"], [[30, 4], [12, 9]], 5);
        return Task.FromResult(new HotspotView(request, new HotspotReport([busy, rising], [rising]), map));
    }

    /// <summary>7 tickets and 3 calls over two days.</summary>
    public Task<TopicView> TopicAsync(TopicRequest request, CancellationToken cancellationToken)
    {
        LastTopic = request;
        ThrowIfFailing();
        var report = new TopicReport(7, 3, [new KeyCount("出租汽车", 6), new KeyCount("城市公交", 1)], [new KeyCount("朝阳区", 7)], [new KeyCount("北京出租二公司", 5)],
            [new KeyCount("complaints", 3)], [new DayCount(request.From, 4, 1), new DayCount(request.From.AddDays(1), 3, 2)]);
        return Task.FromResult(new TopicView(request, report));
    }

    /// <summary>One ticket alert for the category 出租汽车 on the first day asked for.</summary>
    public Task<IReadOnlyList<WarningAlert>> WarningsAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        LastWarnings = (from, until);
        ThrowIfFailing();
        var alert = new WarningAlert(AnalyticsMeasure.Tickets, AnalyticsDimension.Category, "出租汽车", new ForecastPoint(from, 90, 40, 30, 50, 5.2),
            WarningDirection.Rise, [], [], "出租汽车类工单较预期多 50 件");
        return Task.FromResult<IReadOnlyList<WarningAlert>>([alert]);
    }

    private void ThrowIfFailing()
    {
        if (Failure is not null)
            throw Failure;
    }
}
