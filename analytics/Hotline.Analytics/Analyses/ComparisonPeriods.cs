namespace Hotline.Analytics.Analyses;

/// <summary>A period, the one before it (环比) and the same period a year earlier (同比), each as [start, end).</summary>
public sealed record ComparisonPeriods(DateOnly Start, DateOnly End, DateOnly PreviousStart, DateOnly PreviousEnd, DateOnly LastYearStart, DateOnly LastYearEnd)
{
    /// <summary>The periods for the <paramref name="unit"/> starting on <paramref name="start"/>.</summary>
    /// <remarks>A week a year earlier is 52 weeks back, so weekdays line up; other units go back one calendar year.</remarks>
    public static ComparisonPeriods For(PeriodUnit unit, DateOnly start)
    {
        DateOnly Add(DateOnly day, int count) => unit switch
        {
            PeriodUnit.Day => day.AddDays(count),
            PeriodUnit.Week => day.AddDays(7 * count),
            PeriodUnit.Month => day.AddMonths(count),
            PeriodUnit.Quarter => day.AddMonths(3 * count),
            PeriodUnit.Year => day.AddYears(count),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown period unit"),
        };

        var lastYear = unit == PeriodUnit.Week ? start.AddDays(-364) : start.AddYears(-1);
        return new ComparisonPeriods(start, Add(start, 1), Add(start, -1), start, lastYear, Add(lastYear, 1));
    }
}
