namespace Hotline.Analytics.Simulation;

/// <summary>How busy the hotline is on a given day and hour: growth, weekday, month, holidays and the travel rush.</summary>
public static class DemandProfile
{
    // Monday first.
    private static readonly double[] s_weekday = [1.18, 1.08, 1.04, 1.0, 0.97, 0.72, 0.64];

    // January first: a summer travel bump, a quieter February outside the rush.
    private static readonly double[] s_month = [1.0, 0.92, 1.0, 1.02, 1.03, 1.05, 1.12, 1.14, 1.0, 1.02, 0.98, 0.97];

    // Local hours 0–23: night trickle, morning and afternoon peaks, evening tail.
    private static readonly double[] s_hour =
    [
        0.15, 0.08, 0.05, 0.04, 0.05, 0.12, 0.35, 0.9, 1.6, 2.1, 2.2, 1.9,
        1.3, 1.5, 1.9, 2.0, 1.8, 1.5, 1.0, 0.8, 0.65, 0.5, 0.35, 0.22,
    ];

    private static readonly double s_hourTotal = s_hour.Sum();

    /// <summary>Expected inbound calls on <paramref name="day"/>, for a history ending at <paramref name="end"/> with <paramref name="options"/>.</summary>
    public static double CallsOn(DateOnly day, DateOnly end, HistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var yearsBeforeEnd = (end.DayNumber - day.DayNumber) / 365.25;
        var growth = Math.Pow(1 + options.AnnualGrowth, -yearsBeforeEnd);
        var factor = s_weekday[((int)day.DayOfWeek + 6) % 7] * s_month[day.Month - 1];
        if (ChineseCalendar.IsSpringFestivalHoliday(day))
            factor = 0.55;
        else if (ChineseCalendar.IsFixedHoliday(day))
            factor *= 0.7;
        else if (ChineseCalendar.IsTravelRush(day))
            factor *= 1.25;
        return options.CallsPerDay * growth * factor;
    }

    /// <summary>The share of a day's calls that arrive in each local hour (sums to 1).</summary>
    public static double HourShare(int hour) => s_hour[hour] / s_hourTotal;

    /// <summary>A local hour drawn from the intraday profile.</summary>
    public static int DrawHour(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var target = random.NextDouble() * s_hourTotal;
        for (var hour = 0; hour < 24; hour++)
        {
            target -= s_hour[hour];
            if (target < 0)
                return hour;
        }

        return 23;
    }
}
