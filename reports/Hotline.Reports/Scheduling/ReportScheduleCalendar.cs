using Hotline.Reports.Sources;

namespace Hotline.Reports.Scheduling;

/// <summary>Which periods a scheduled report is due for: daily reports cover yesterday, QA summaries last Monday–Sunday, monthly reports and reviews
/// last calendar month, each due once its period is over and the local time of day has reached the schedule's hour.</summary>
public static class ReportScheduleCalendar
{
    /// <summary>How many missed periods are caught up at most (after a long outage only the latest ones are produced).</summary>
    public const int MaxCatchUp = 7;

    /// <summary>The periods of <paramref name="kind"/> due at the local time <paramref name="now"/> with the schedule hour <paramref name="at"/>, oldest first:
    /// those ending after <paramref name="lastDoneTo"/>, or only the latest when nothing was done yet.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Due(ReportKind kind, TimeOnly at, DateOnly? lastDoneTo, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        // A period ending yesterday is due from today's scheduled time; before then, the one before it is the latest.
        var cutoff = TimeOnly.FromDateTime(now) >= at ? today : today.AddDays(-1);
        var latest = PeriodEndingBefore(kind, cutoff);
        var due = new List<(DateOnly From, DateOnly To)>();
        for (var period = latest; due.Count < MaxCatchUp && (lastDoneTo is null ? due.Count == 0 : period.To > lastDoneTo); period = PeriodEndingBefore(kind, period.From))
            due.Add(period);
        due.Reverse();
        return due;
    }

    /// <summary>The last whole period of <paramref name="kind"/> that ends before <paramref name="day"/>.</summary>
    public static (DateOnly From, DateOnly To) PeriodEndingBefore(ReportKind kind, DateOnly day)
    {
        switch (kind)
        {
            case ReportKind.Daily:
                return (day.AddDays(-1), day.AddDays(-1));
            case ReportKind.Qa:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return (monday.AddDays(-7), monday.AddDays(-1));
            default:
                var first = new DateOnly(day.Year, day.Month, 1);
                return (first.AddMonths(-1), first.AddDays(-1));
        }
    }
}
