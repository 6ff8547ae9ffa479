namespace Hotline.Analytics.Simulation;

/// <summary>The public holidays that move a transport hotline's demand: Spring Festival (春节) and its travel rush (春运), and the fixed-date holidays.</summary>
public static class ChineseCalendar
{
    // Lunar New Year's day per Gregorian year (the festival follows the moon, so it is a table, not a rule).
    private static readonly Dictionary<int, DateOnly> s_springFestival = new()
    {
        [2019] = new(2019, 2, 5), [2020] = new(2020, 1, 25), [2021] = new(2021, 2, 12), [2022] = new(2022, 2, 1),
        [2023] = new(2023, 1, 22), [2024] = new(2024, 2, 10), [2025] = new(2025, 1, 29), [2026] = new(2026, 2, 17),
        [2027] = new(2027, 2, 6), [2028] = new(2028, 1, 26), [2029] = new(2029, 2, 13), [2030] = new(2030, 2, 3),
        [2031] = new(2031, 1, 23), [2032] = new(2032, 2, 11), [2033] = new(2033, 1, 31), [2034] = new(2034, 2, 19),
    };

    /// <summary>Lunar New Year's day of a year.</summary>
    public static DateOnly SpringFestival(int year) =>
        s_springFestival.TryGetValue(year, out var day)
            ? day
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"Spring Festival dates are known for {s_springFestival.Keys.Min()}–{s_springFestival.Keys.Max()}.");

    /// <summary>True on the seven days off from Lunar New Year's Eve.</summary>
    public static bool IsSpringFestivalHoliday(DateOnly day)
    {
        var festival = SpringFestival(day.Year);
        return day >= festival.AddDays(-1) && day < festival.AddDays(6);
    }

    /// <summary>True in the 40-day travel rush around the festival (15 days before to 25 after).</summary>
    public static bool IsTravelRush(DateOnly day)
    {
        var festival = SpringFestival(day.Year);
        var next = day.Month >= 11 && s_springFestival.ContainsKey(day.Year + 1) ? SpringFestival(day.Year + 1) : festival;
        return (day >= festival.AddDays(-15) && day < festival.AddDays(25)) || (day >= next.AddDays(-15) && day < next);
    }

    /// <summary>True on the fixed-date days off: New Year, Qingming (approx. 4–6 April), Labour Day week, National Day week.</summary>
    public static bool IsFixedHoliday(DateOnly day) =>
        (day.Month == 1 && day.Day == 1)
        || (day.Month == 4 && day.Day is >= 4 and <= 6)
        || (day.Month == 5 && day.Day <= 5)
        || (day.Month == 10 && day.Day <= 7);
}
