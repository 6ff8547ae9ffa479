using Bunit;
using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;
using Hotline.Portal.Components.Pages.Dashboards;
using Hotline.Portal.Dashboards;
using Hotline.Portal.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>The decision dashboard page's first tab: the 同比/环比 table with signed changes, the weekday × hour heat map, the export link for the chosen view,
/// and a plain message when analytics cannot be read.</summary>
[Trait("Category", "Unit")]
public sealed class DashboardPageTests : PortalComponentTest
{
    private readonly ScriptedDashboardData data = new();

    public DashboardPageTests() => Services.AddSingleton<IDashboardData>(data);

    [Fact]
    public void The_table_shows_each_key_with_its_changes_and_the_heat_map_every_hour()
    {
        var page = Show<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=line]").Count), TimeSpan.FromSeconds(30));
        var first = page.FindAll("[data-testid=line]")[0];
        Assert.Contains("出租车", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("+25.0%", first.QuerySelector("[data-testid=pop]")!.TextContent);
        Assert.Equal("-50.0%", first.QuerySelector("[data-testid=yoy]")!.TextContent);
        Assert.Equal("—", page.FindAll("[data-testid=line]")[1].QuerySelector("[data-testid=pop]")!.TextContent);
        Assert.Contains("合计 165", page.Find("[data-testid=period]").TextContent, StringComparison.Ordinal);
        Assert.Equal(7 * 24, page.FindAll("rect[data-testid^=heat-]").Count);
        Assert.Equal("42", page.Find("[data-testid=heat-2-9]").GetAttribute("data-value"));
        Assert.Equal($"{DashboardEndpoints.Prefix}/comparison.xlsx?{data.Last!.Query()}", page.Find("[data-testid=export]").GetAttribute("href"));
        Assert.Equal((AnalyticsMeasure.Tickets, AnalyticsDimension.Category, PeriodUnit.Month), (data.Last.Measure, data.Last.Dimension, data.Last.Unit));
    }

    [Fact]
    public void Each_category_drills_down_to_its_tickets_over_the_period_shown()
    {
        var page = Show<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=drill]").Count), TimeSpan.FromSeconds(30));
        var from = data.Last!.Start;
        var until = from.AddMonths(1).AddDays(-1);
        Assert.Equal($"/tickets?category={Uri.EscapeDataString("出租车")}&from={from:yyyy-MM-dd}&to={until:yyyy-MM-dd}", page.FindAll("[data-testid=drill]")[0].GetAttribute("href"));
    }

    [Fact]
    public async Task A_slow_first_read_that_ends_after_a_newer_one_does_not_replace_it()
    {
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        data.Before = request => request.Dimension == AnalyticsDimension.Category ? first.Task : Task.CompletedTask;
        var page = Show<DashboardPage>();

        var select = page.FindComponent<MudBlazor.MudSelect<AnalyticsDimension>>();
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(AnalyticsDimension.Region));
        page.Find("[data-testid=show]").Click();
        page.WaitForAssertion(() => Assert.Equal("区域", page.Find("[data-testid=comparison] thead th").TextContent), TimeSpan.FromSeconds(30));
        first.SetResult();

        page.WaitForAssertion(() => Assert.Equal(2, data.Answered), TimeSpan.FromSeconds(30));
        // Let the page finish handling the first read's answer before looking.
        await page.InvokeAsync(() => { });
        await page.InvokeAsync(() => { });
        Assert.Equal("区域", page.Find("[data-testid=comparison] thead th").TextContent);
    }

    [Fact]
    public void When_analytics_cannot_be_read_the_page_says_so()
    {
        data.Failure = new AnalyticsEngineException("engine is starting");

        var page = Show<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("无法读取分析数据：engine is starting", page.Find("[data-testid=failure]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.Empty(page.FindAll("[data-testid=export]"));
    }
}
