using Hotline.Analytics.Analyses;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Unit")]
public sealed class ComparisonPeriodsTests
{
    [Fact]
    public void A_month_compares_with_the_month_before_and_the_same_month_last_year()
    {
        var periods = ComparisonPeriods.For(PeriodUnit.Month, new DateOnly(2026, 3, 1));

        Assert.Equal(new ComparisonPeriods(new(2026, 3, 1), new(2026, 4, 1), new(2026, 2, 1), new(2026, 3, 1), new(2025, 3, 1), new(2025, 4, 1)), periods);
    }

    [Fact]
    public void A_week_last_year_is_52_weeks_back_so_the_weekdays_line_up()
    {
        var periods = ComparisonPeriods.For(PeriodUnit.Week, new DateOnly(2026, 3, 2));

        Assert.Equal(DayOfWeek.Monday, periods.LastYearStart.DayOfWeek);
        Assert.Equal(new DateOnly(2025, 3, 3), periods.LastYearStart);
        Assert.Equal(new DateOnly(2026, 2, 23), periods.PreviousStart);
    }

    [Fact]
    public void Quarters_and_years_step_by_calendar()
    {
        var quarter = ComparisonPeriods.For(PeriodUnit.Quarter, new DateOnly(2026, 1, 1));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 4, 1)), (quarter.PreviousStart, quarter.End));
        var year = ComparisonPeriods.For(PeriodUnit.Year, new DateOnly(2026, 1, 1));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)), (year.PreviousStart, year.LastYearStart));
    }
}
