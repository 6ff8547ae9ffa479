using Bunit;
using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;
using Hotline.Portal.Components.Pages.Dashboards;
using Hotline.Portal.Dashboards;
using Hotline.Portal.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>The dashboard's other tabs: 热点 (lists with drill-down and the region × category map), 专题 (keywords, totals, breakdowns, the tickets behind them)
/// and 预警 (scanned on request, each ticket alert linked to its tickets).</summary>
[Trait("Category", "Unit")]
public sealed class DashboardTabTests : PortalComponentTest
{
    // 2026-11-28 10:00 in Beijing.
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
    private readonly ScriptedDashboardData data = new();

    public DashboardTabTests()
    {
        Services.AddSingleton<IDashboardData>(data);
        Services.AddSingleton<TimeProvider>(new FixedClock(s_now));
    }

    [Fact]
    public void Hotspots_open_on_last_week_with_both_lists_linked_to_their_tickets()
    {
        var panel = Show<HotspotPanel>();

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=hotspot-volume]")), TimeSpan.FromSeconds(30));
        Assert.Equal(new HotspotRequest(AnalyticsDimension.Category, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 27)), data.LastHotspots);
        Assert.Equal(2, panel.FindAll("[data-testid=hotspot-volume] [data-testid=hotspot]").Count);
        var rising = panel.Find("[data-testid=hotspot-rising] [data-testid=hotspot]");
        Assert.Contains("北京出租二公司", rising.TextContent, StringComparison.Ordinal);
        Assert.Equal("+100.0%", rising.QuerySelector("[data-testid=growth]")!.TextContent);
        Assert.Equal($"/tickets?category={Uri.EscapeDataString("北京出租二公司")}&from=2026-11-21&to=2026-11-27", rising.QuerySelector("[data-testid=drill]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_region_by_category_map_shows_every_cell_shaded_by_its_count_and_what_was_left_out()
    {
        var panel = Show<HotspotPanel>();

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=crosstab]")), TimeSpan.FromSeconds(30));
        Assert.Equal(["朝阳区", "海淀区"], panel.FindAll("[data-testid=crosstab-row]").Select(r => r.TextContent));
        Assert.Equal("9", panel.Find("[data-testid=crosstab-1-1]").TextContent);
        Assert.Contains(HeatMap.Shade(30, 30), panel.Find("[data-testid=crosstab-0-0]").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains(HeatMap.Shade(4, 30), panel.Find("[data-testid=crosstab-0-1]").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal($"/tickets?category={Uri.EscapeDataString("城市公交")}&from=2026-11-21&to=2026-11-27", panel.FindAll("[data-testid=crosstab-column]")[1].GetAttribute("href"));
        Assert.Contains("另有 5 件", panel.Find("[data-testid=crosstab-omitted]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_without_keywords_asks_for_one_and_reads_nothing()
    {
        var panel = Show<TopicPanel>();

        panel.Find("[data-testid=topic-show]").Click();

        Assert.Equal("请输入至少一个关键词。", panel.Find("[data-testid=topic-failure]").TextContent);
        Assert.Null(data.LastTopic);
    }

    [Fact]
    public void A_topic_shows_its_totals_breakdowns_and_a_link_to_the_matching_tickets()
    {
        var panel = Show<TopicPanel>();
        panel.Find("input[data-testid=topic-keywords], [data-testid=topic-keywords] input").Change("拒载，绕路 拒载");

        panel.Find("[data-testid=topic-show]").Click();

        panel.WaitForAssertion(() => Assert.Contains("工单 7 件，来电 3 通", panel.Find("[data-testid=topic-totals]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(["拒载", "绕路"], data.LastTopic!.Words);
        Assert.Equal((new DateOnly(2026, 10, 29), new DateOnly(2026, 11, 27)), (data.LastTopic.From, data.LastTopic.Until));
        Assert.Equal($"/tickets?q={Uri.EscapeDataString("拒载 绕路")}&from=2026-10-29&to=2026-11-27", panel.Find("[data-testid=topic-tickets]").GetAttribute("href"));
        Assert.Contains("北京出租二公司", panel.Find("[data-testid=topic-enterprise]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, panel.FindAll("rect[data-testid=topic-day-tickets]").Count);
    }

    [Fact]
    public void Warnings_are_scanned_when_asked_and_a_ticket_alert_links_to_its_tickets_of_that_day()
    {
        var panel = Show<WarningPanel>();
        Assert.Null(data.LastWarnings);

        panel.Find("[data-testid=warning-scan]").Click();

        panel.WaitForAssertion(() => Assert.Contains("较预期多 50 件", panel.Find("[data-testid=qa-warning-explanation]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal((new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 27)), data.LastWarnings);
        Assert.Equal($"/tickets?category={Uri.EscapeDataString("出租汽车")}&from=2026-11-21&to=2026-11-21", panel.Find("[data-testid=warning-drill]").GetAttribute("href"));
    }

    [Fact]
    public void When_analytics_cannot_be_read_each_tab_says_so()
    {
        data.Failure = new AnalyticsEngineException("engine is starting");

        var hotspots = Show<HotspotPanel>();
        var warnings = Render<WarningPanel>();
        warnings.Find("[data-testid=warning-scan]").Click();

        hotspots.WaitForAssertion(() => Assert.Contains("engine is starting", hotspots.Find("[data-testid=hotspot-failure]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        warnings.WaitForAssertion(() => Assert.Contains("engine is starting", warnings.Find("[data-testid=warning-failure]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }
}
