using System.Globalization;
using Hotline.Analytics.Simulation;
using Hotline.Reports.Data;
using Hotline.Reports.Sources;
using Hotline.Reports.Tests.Pdf;

namespace Hotline.Reports.Tests.Sources;

/// <summary>Each report generated from two years of history in real chDB, read back with PdfPig and checked against figures computed from the same events with LINQ.</summary>
[Trait("Category", "Integration")]
public sealed class ReportGeneratorTests(ReportHistoryFixture history, ReportWriterFixture writer)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static string N(long value) => value.ToString("N0", Chinese);

    private async Task<(GeneratedReport Report, PdfText Text, ExpectedFigures Expected)> GenerateAsync(ReportRequest request, string name)
    {
        var generator = new ReportGenerator(await history.EngineAsync(), ReportHistoryFixture.Database, writer.Writer, ReportSettings.From(new ReportsOptions()));
        var report = await generator.GenerateAsync(request, TestContext.Current.CancellationToken);
        var png = await ReportPages.KeepAsync(report.Pdf, name, TestContext.Current.CancellationToken);
        Assert.True(new FileInfo(png).Length > 10_000, $"{png} should hold a rendered page");
        return (report, PdfText.Read(report.Pdf), new ExpectedFigures(await history.EventsAsync()));
    }

    [Fact]
    public async Task Daily_report_states_the_days_calls_and_tickets()
    {
        var day = new DateOnly(2026, 10, 15);
        var (report, text, expected) = await GenerateAsync(new ReportRequest(ReportKind.Daily, day, day), "daily-2026-10-15");

        Assert.True(report.HasData);
        Assert.True(text.Contains("热线运营日报"), text.All);
        Assert.True(text.Contains($"本日共受理来电 {N(expected.CallsOffered(day, day))} 次，接通 {N(expected.CallsAnswered(day, day))} 次"), text.All);
        Assert.True(text.Contains($"新增工单 {N(expected.TicketsCreated(day, day))} 件，办结 {N(expected.TicketsClosed(day, day))} 件"), text.All);
        var top = expected.TicketsByCategory(day, day)[0];
        Assert.True(text.Contains(top.Category), $"the top category {top.Category} should be listed");
        Assert.True(text.Images > 0, "the hourly charts should be embedded");
    }

    [Fact]
    public async Task Monthly_report_compares_the_month_with_the_previous_month_and_a_year_earlier()
    {
        var (from, to) = (new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var (report, text, expected) = await GenerateAsync(new ReportRequest(ReportKind.Monthly, from, to), "monthly-2026-10");

        var received = expected.TicketsCreated(from, to);
        var previous = expected.TicketsCreated(from.AddMonths(-1), from.AddDays(-1));
        var yearAgo = expected.TicketsCreated(from.AddYears(-1), to.AddYears(-1));
        string Change(long before) => ((received - before) / (double)before).ToString("+0.0%;-0.0%;0.0%", Chinese);

        Assert.True(report.HasData);
        Assert.True(text.Contains("月度分析报告"), text.All);
        Assert.True(text.Contains($"受理工单 {N(received)} 件"), $"received {received}: {text.All}");
        Assert.True(text.Contains(Change(previous)) && text.Contains(Change(yearAgo)), $"环比 {Change(previous)} and 同比 {Change(yearAgo)} should be stated: {text.All}");
        Assert.True(text.Contains($"办结工单 {N(expected.TicketsClosed(from, to))} 件"), text.All);
        var top = expected.TicketsByCategory(from, to)[0];
        Assert.True(text.Contains($"工单量最多的类别为“{top.Category}”"), text.All);
        Assert.True(text.Contains("满意度"), text.All);
        Assert.True(text.Images >= 4, $"charts should be embedded, found {text.Images}");
        Assert.True(report.Pdf.Length < 2_000_000, $"the monthly report is {report.Pdf.Length} bytes");
    }

    [Fact]
    public async Task Monthly_report_of_the_incident_month_warns_about_the_taxi_company()
    {
        var (from, to) = (new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));
        var (_, text, _) = await GenerateAsync(new ReportRequest(ReportKind.Monthly, from, to), "monthly-2026-09");

        var warnings = text.All[text.All.IndexOf("预警提示", StringComparison.Ordinal)..];
        Assert.True(warnings.Replace(" ", "", StringComparison.Ordinal).Contains(HistoryCatalog.IncidentEnterprise, StringComparison.Ordinal), warnings);
    }

    [Fact]
    public async Task Weekly_qa_summary_counts_the_scores_of_the_week()
    {
        var (from, to) = (new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 11));
        var (report, text, expected) = await GenerateAsync(new ReportRequest(ReportKind.Qa, from, to), "qa-2026-10-05");

        var scores = expected.QaScores(from, to);
        Assert.NotEmpty(scores);
        Assert.True(report.HasData);
        Assert.True(text.Contains("质检周报"), text.All);
        Assert.True(text.Contains(N(scores.Count)), $"{scores.Count} inspections: {text.All}");
        Assert.True(text.Contains(scores.Average(s => s.Score / s.MaxScore * 100).ToString("0.0", Chinese)), text.All);
    }

    [Fact]
    public async Task Performance_review_shows_the_agents_answered_calls_as_evidence()
    {
        var (from, to) = (new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var (report, text, expected) = await GenerateAsync(new ReportRequest(ReportKind.Review, from, to, "8001"), "review-8001-2026-10");

        Assert.True(report.HasData);
        Assert.True(text.Contains("绩效考核表"), text.All);
        Assert.True(text.Contains($"{N(expected.AnsweredBy("8001", from, to))} 次接听"), text.All);
    }

    [Fact]
    public async Task A_period_without_data_gives_a_report_that_says_so()
    {
        var day = new DateOnly(2020, 1, 1);
        var (report, text, _) = await GenerateAsync(new ReportRequest(ReportKind.Daily, day, day), "daily-no-data");

        Assert.False(report.HasData);
        Assert.True(text.Contains("没有任何话务、工单或质检数据"), text.All);
    }

    [Fact]
    public async Task A_monthly_report_over_an_empty_database_says_so()
    {
        var generator = new ReportGenerator(await history.EngineAsync(), await history.EmptyDatabaseAsync("reports_empty"), writer.Writer, ReportSettings.From(new ReportsOptions()));
        var report = await generator.GenerateAsync(new ReportRequest(ReportKind.Monthly, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), TestContext.Current.CancellationToken);

        Assert.False(report.HasData);
        Assert.True(PdfText.Read(report.Pdf).Contains("没有任何话务"));
    }

    [Fact]
    public async Task A_period_longer_than_the_report_allows_is_refused_naming_the_limit()
    {
        var generator = new ReportGenerator(await history.EngineAsync(), ReportHistoryFixture.Database, writer.Writer, ReportSettings.From(new ReportsOptions()));
        var error = await Assert.ThrowsAsync<ReportPeriodException>(() =>
            generator.GenerateAsync(new ReportRequest(ReportKind.Qa, new DateOnly(2025, 1, 1), new DateOnly(2026, 10, 31)), TestContext.Current.CancellationToken));

        Assert.Equal(ReportPeriodProblem.TooLong, error.Problem);
        Assert.Equal(31, error.MaxDays);
        Assert.Contains("31 天", error.Message, StringComparison.Ordinal);
    }
}
