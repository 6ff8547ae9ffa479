using Hotline.Reports.Data;
using Hotline.Reports.Sources;

namespace Hotline.Reports.Tests.Sources;

[Trait("Category", "Unit")]
public sealed class ReportRequestTests
{
    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var error = Assert.Throws<ReportPeriodException>(() => new ReportRequest(ReportKind.Daily, new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1)).Validate());
        Assert.Equal(ReportPeriodProblem.EndsBeforeStart, error.Problem);
    }

    [Theory]
    [InlineData(ReportKind.Daily, 2, 1)]
    [InlineData(ReportKind.Qa, 32, 31)]
    [InlineData(ReportKind.Review, 367, 366)]
    public void Each_kind_refuses_periods_beyond_its_limit(ReportKind kind, int days, int limit)
    {
        var from = new DateOnly(2026, 1, 1);
        var error = Assert.Throws<ReportPeriodException>(() => new ReportRequest(kind, from, from.AddDays(days - 1), "8001").Validate());
        Assert.Equal(limit, error.MaxDays);
    }

    [Fact]
    public void A_monthly_report_needs_a_whole_calendar_month()
    {
        var error = Assert.Throws<ReportRequestException>(() => new ReportRequest(ReportKind.Monthly, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 20)).Validate());
        Assert.Contains("2026-10-05", error.Message, StringComparison.Ordinal);
        Assert.True(new ReportRequest(ReportKind.Monthly, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)).Validate().IsCalendarMonth);
    }

    [Fact]
    public void A_review_needs_an_agent()
    {
        Assert.Throws<ReportRequestException>(() => new ReportRequest(ReportKind.Review, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)).Validate());
    }

    [Fact]
    public void Kinds_parse_by_name_and_unknown_names_list_the_choices()
    {
        Assert.Equal(ReportKind.Qa, ReportKinds.Parse("QA"));
        var error = Assert.Throws<ReportRequestException>(() => ReportKinds.Parse("weekly"));
        Assert.Contains("daily", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_names_carry_kind_period_and_agent()
    {
        Assert.Equal("review-2026-10-01-2026-10-31-8001.pdf", new ReportRequest(ReportKind.Review, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "80/01").FileName());
        Assert.Equal("daily-2026-10-15.pdf", new ReportRequest(ReportKind.Daily, new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 15)).FileName());
    }
}
