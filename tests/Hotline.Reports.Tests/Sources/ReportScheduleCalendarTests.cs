using Hotline.Reports.Scheduling;
using Hotline.Reports.Sources;

namespace Hotline.Reports.Tests.Sources;

[Trait("Category", "Unit")]
public sealed class ReportScheduleCalendarTests
{
    private static readonly TimeOnly SixAm = new(6, 0);

    [Fact]
    public void A_daily_report_covers_yesterday_once_the_hour_has_come()
    {
        Assert.Equal([(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 26))], ReportScheduleCalendar.Due(ReportKind.Daily, SixAm, null, new DateTime(2026, 11, 27, 6, 0, 0)));
        Assert.Equal([(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25))], ReportScheduleCalendar.Due(ReportKind.Daily, SixAm, null, new DateTime(2026, 11, 27, 5, 59, 0)));
    }

    [Fact]
    public void Nothing_is_due_again_for_a_period_already_done()
    {
        Assert.Empty(ReportScheduleCalendar.Due(ReportKind.Daily, SixAm, new DateOnly(2026, 11, 26), new DateTime(2026, 11, 27, 23, 0, 0)));
        Assert.Empty(ReportScheduleCalendar.Due(ReportKind.Monthly, SixAm, new DateOnly(2026, 10, 31), new DateTime(2026, 11, 27, 23, 0, 0)));
    }

    [Fact]
    public void Missed_days_are_caught_up_oldest_first_up_to_the_limit()
    {
        var due = ReportScheduleCalendar.Due(ReportKind.Daily, SixAm, new DateOnly(2026, 11, 23), new DateTime(2026, 11, 27, 7, 0, 0));
        Assert.Equal([new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26)], due.Select(d => d.From));

        var afterOutage = ReportScheduleCalendar.Due(ReportKind.Daily, SixAm, new DateOnly(2026, 1, 1), new DateTime(2026, 11, 27, 7, 0, 0));
        Assert.Equal(ReportScheduleCalendar.MaxCatchUp, afterOutage.Count);
        Assert.Equal(new DateOnly(2026, 11, 26), afterOutage[^1].To);
    }

    [Fact]
    public void Qa_summaries_cover_last_monday_to_sunday_and_monthly_reports_last_month()
    {
        // 2026-11-27 is a Friday.
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)), ReportScheduleCalendar.PeriodEndingBefore(ReportKind.Qa, new DateOnly(2026, 11, 27)));
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)), ReportScheduleCalendar.PeriodEndingBefore(ReportKind.Qa, new DateOnly(2026, 11, 23)));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), ReportScheduleCalendar.PeriodEndingBefore(ReportKind.Monthly, new DateOnly(2026, 11, 1)));
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), ReportScheduleCalendar.PeriodEndingBefore(ReportKind.Review, new DateOnly(2026, 3, 15)));
    }
}
