using Hotline.Reports.Data;

namespace Hotline.Reports.Tests.Data;

[Trait("Category", "Unit")]
public sealed class ReportPeriodTests
{
    [Fact]
    public void A_calendar_month_compares_with_the_previous_month_and_the_same_month_a_year_earlier()
    {
        var march = ReportPeriod.Month(2024, 3);

        Assert.Equal(31, march.Days);
        Assert.Equal(ReportPeriod.Month(2024, 2), march.Previous());
        Assert.Equal(29, march.Previous().Days);
        Assert.Equal(ReportPeriod.Month(2023, 3), march.YearAgo());
    }

    [Fact]
    public void Other_periods_compare_with_the_same_number_of_days_just_before()
    {
        var week = new ReportPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));

        Assert.Equal(new ReportPeriod(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)), week.Previous());
        Assert.False(week.IsCalendarMonth);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused_in_Chinese_with_both_dates()
    {
        var error = Assert.Throws<ReportPeriodException>(() => new ReportPeriod(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 1)));

        Assert.Equal(ReportPeriodProblem.EndsBeforeStart, error.Problem);
        Assert.Contains("2026-11-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("早于开始日期", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_period_is_refused_with_its_length_and_the_limit()
    {
        var decade = new ReportPeriod(new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31));

        var error = Assert.Throws<ReportPeriodException>(() => decade.RequireAtMost(366));

        Assert.Equal(ReportPeriodProblem.TooLong, error.Problem);
        Assert.Contains("3653 天", error.Message, StringComparison.Ordinal);
        Assert.Contains("366 天", error.Message, StringComparison.Ordinal);
    }
}
