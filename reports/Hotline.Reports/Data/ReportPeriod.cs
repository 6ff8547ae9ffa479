namespace Hotline.Reports.Data;

/// <summary>An inclusive range of calendar days a report covers, with the periods it is compared against.</summary>
public sealed record ReportPeriod
{
    /// <summary>A period from <paramref name="from"/> to <paramref name="to"/>, both included; throws <see cref="ReportPeriodException"/> when it ends before it starts.</summary>
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new ReportPeriodException(from, to, ReportPeriodProblem.EndsBeforeStart, 0);
        From = from;
        To = to;
    }

    /// <summary>The first day.</summary>
    public DateOnly From { get; }

    /// <summary>The last day (included).</summary>
    public DateOnly To { get; }

    /// <summary>The number of days covered.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>A single day.</summary>
    public static ReportPeriod Day(DateOnly day) => new(day, day);

    /// <summary>A calendar month.</summary>
    public static ReportPeriod Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new ReportPeriod(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The period of the same length just before this one (环比 base); a calendar month gives the previous calendar month.</summary>
    public ReportPeriod Previous() => IsCalendarMonth
        ? Month(From.AddMonths(-1).Year, From.AddMonths(-1).Month)
        : new ReportPeriod(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The same dates a year earlier (同比 base).</summary>
    public ReportPeriod YearAgo() => IsCalendarMonth
        ? Month(From.Year - 1, From.Month)
        : new ReportPeriod(From.AddYears(-1), To.AddYears(-1));

    /// <summary>True when the period is exactly one calendar month.</summary>
    public bool IsCalendarMonth => From.Day == 1 && To == From.AddMonths(1).AddDays(-1);

    /// <summary>Throws <see cref="ReportPeriodException"/> when the period is longer than <paramref name="maxDays"/>, so a huge request is refused with a reason instead of running for minutes.</summary>
    public ReportPeriod RequireAtMost(int maxDays) =>
        Days <= maxDays ? this : throw new ReportPeriodException(From, To, ReportPeriodProblem.TooLong, maxDays);
}
