using Bunit;
using Hotline.Portal.Components.Pages.Reports;
using Hotline.Reports.Archive;
using Hotline.Reports.Data;
using Hotline.Reports.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>The report page: the archive with its download links, and the request checked before a download is offered.</summary>
[Trait("Category", "Unit")]
public sealed class ReportsPageTests : PortalComponentTest, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-report-page-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly ReportArchive _archive;

    public ReportsPageTests()
    {
        _archive = new ReportArchive(_folder, TimeProvider.System);
        Services.AddSingleton(_archive);
    }

    [Fact]
    public void The_archive_lists_each_report_with_its_kind_period_and_link()
    {
        var day = new DateOnly(2026, 11, 27);
        var entry = _archive.Add(new GeneratedReport(new ReportRequest(ReportKind.Daily, day, day), "12328 日报", "daily.pdf", [0x25, 0x50, 0x44, 0x46], HasData: false), "schedule:daily");

        var page = Show<ReportsPage>();

        var row = page.Find("[data-testid=archive] tbody tr");
        Assert.Contains("日报（本期无数据）", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-27", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("定时任务 daily", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/api/v1/reports/archive/{entry.Id}", page.Find($"[data-testid=open-{entry.Id}]").GetAttribute("href"));
    }

    [Fact]
    public void An_empty_archive_says_so_and_yesterdays_daily_report_is_offered()
    {
        var page = Show<ReportsPage>();

        Assert.Equal("归档中还没有报表。", page.Find("[data-testid=empty]").TextContent);
        var yesterday = DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/api/v1/reports/daily?from={yesterday}&to={yesterday}", page.Find("[data-testid=download]").GetAttribute("href"));
    }

    [Fact]
    public void A_review_needs_an_agent_and_a_period_in_order()
    {
        var input = new ReportRequestInput { Kind = "review", From = new DateTime(2026, 10, 31), To = new DateTime(2026, 10, 1) };
        Assert.Equal(["FromAfterTo", "NeedAgent"], input.Problems());

        (input.From, input.To) = (new DateTime(2026, 10, 1), new DateTime(2026, 10, 31));
        input.Agent = " 8001 ";
        Assert.Empty(input.Problems());
        Assert.Equal("/api/v1/reports/review?from=2026-10-01&to=2026-10-31&agent=8001", input.Href());
        Assert.Equal(["NeedPeriod"], new ReportRequestInput { From = null }.Problems());
    }

    void IDisposable.Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
