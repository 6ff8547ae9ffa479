using Bunit;
using Hotline.Portal.Components.Pages.Reports;
using Hotline.Portal.Jobs;
using Hotline.Portal.Reports;
using Hotline.Reports.Archive;
using Hotline.Reports.Data;
using Hotline.Reports.Sources;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Portal.Tests.Components;

/// <summary>The report page: the archive with its download links, and the request checked before a download is offered.</summary>
[Trait("Category", "Unit")]
public sealed class ReportsPageTests : PortalComponentTest, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-report-page-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly ReportArchive _archive;

    private readonly PortalJobs _jobs = new(TimeProvider.System, NullLogger<PortalJobs>.Instance);
    private Func<ReportRequest, JobWork> _work = _ => (_, _) => Task.FromResult<string?>(null);

    public ReportsPageTests()
    {
        _archive = new ReportArchive(_folder, TimeProvider.System);
        Services.AddSingleton(_archive);
        Services.AddSingleton(_jobs);
        Services.AddSingleton<IReportJobStarter>(new StartingStarter(this));
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("analyst", "analyst"));
        Services.AddCascadingAuthenticationState();
    }

    [Fact]
    public void A_background_report_shows_its_stage_and_progress_and_the_owner_can_cancel_it()
    {
        _work = _ => async (progress, ct) =>
        {
            progress.Report(new JobStep(0.05, ReportJobStages.Loading));
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return null;
        };
        var page = Show<ReportsPage>();

        page.Find("[data-testid=generate-job]").Click();

        page.WaitForAssertion(() => Assert.Equal("读取分析数据 · 5%", page.Find("[data-testid=job-stage]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Contains("日报", page.Find("[data-testid=jobs]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=job-cancel]").Click();
        page.WaitForAssertion(() => Assert.Equal("已取消", page.Find("[data-testid=job-state]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Empty(page.FindAll("[data-testid=job-cancel]"));
        Assert.Empty(_archive.List());
    }

    [Fact]
    public void A_finished_background_report_links_its_pdf_and_appears_in_the_archive()
    {
        _work = request => (progress, _) =>
        {
            var entry = _archive.Add(new GeneratedReport(request, "12328 日报", "daily.pdf", [0x25, 0x50, 0x44, 0x46], HasData: true), "request");
            return Task.FromResult<string?>($"/api/v1/reports/archive/{entry.Id}");
        };
        var page = Show<ReportsPage>();
        Assert.Single(page.FindAll("[data-testid=empty]"));

        page.Find("[data-testid=generate-job]").Click();

        page.WaitForAssertion(() => Assert.Equal("已完成", page.Find("[data-testid=job-state]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        var entry = Assert.Single(_archive.List());
        Assert.Equal($"/api/v1/reports/archive/{entry.Id}", page.Find("[data-testid=job-result]").GetAttribute("href"));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=open-{entry.Id}]")), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_failed_background_report_says_why()
    {
        _work = _ => (_, _) => throw new InvalidOperationException("分析库不可用");
        var page = Show<ReportsPage>();

        page.Find("[data-testid=generate-job]").Click();

        page.WaitForAssertion(() => Assert.Equal("失败原因：分析库不可用", page.Find("[data-testid=job-error]").TextContent.Trim()), TimeSpan.FromSeconds(30));
    }

    // Starts the test's work as a real job, refusing a review without an agent as the platform's starter does.
    private sealed class StartingStarter(ReportsPageTests test) : IReportJobStarter
    {
        public JobSnapshot Start(ReportRequest request, string owner)
        {
            request.Validate();
            return test._jobs.Start("report", owner, "日报 " + request.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), test._work(request));
        }
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
        _jobs.Dispose();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
