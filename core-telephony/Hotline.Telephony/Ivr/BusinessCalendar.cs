namespace Hotline.Telephony.Ivr;

/// <summary>Business hours as data: weekly hours, holidays and make-up working days (调休), in one time zone.</summary>
/// <remarks>A holiday closes the whole day. A make-up working day uses its own hours, else the hours of Monday.
/// Hours are [open, close); a close at or before open means "until midnight".</remarks>
public sealed record BusinessCalendar
{
    /// <summary>IANA or Windows time zone id; China is "Asia/Shanghai".</summary>
    public string TimeZone { get; init; } = "Asia/Shanghai";

    /// <summary>Weekly opening hours.</summary>
    public IList<BusinessHours> Hours { get; init; } = [];

    /// <summary>Days closed all day.</summary>
    public IList<CalendarDay> Holidays { get; init; } = [];

    /// <summary>Days open although they fall on a weekend (调休).</summary>
    public IList<CalendarDay> Workdays { get; init; } = [];

    /// <summary>Whether the calendar is open, closed or on holiday at <paramref name="instant"/>.</summary>
    public BusinessState GetState(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, ResolveTimeZone(TimeZone));
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (Holidays.Any(h => h.Date == date))
        {
            return BusinessState.Holiday;
        }
        var workday = Workdays.FirstOrDefault(w => w.Date == date);
        if (workday is not null)
        {
            var hours = workday.Open is { } o && workday.Close is { } c
                ? [new BusinessHours { Days = [local.DayOfWeek], Open = o, Close = c }]
                : Hours.Where(h => h.Days.Contains(DayOfWeek.Monday));
            return hours.Any(h => h.Contains(time)) ? BusinessState.Open : BusinessState.Closed;
        }
        return Hours.Any(h => h.Days.Contains(local.DayOfWeek) && h.Contains(time)) ? BusinessState.Open : BusinessState.Closed;
    }

    /// <summary>Finds a time zone by IANA or Windows id; "Asia/Shanghai" falls back to fixed UTC+8 (no DST since 1991) where tzdata is missing.</summary>
    public static TimeZoneInfo ResolveTimeZone(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id is "Asia/Shanghai" or "China Standard Time")
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}

/// <summary>Opening hours on some weekdays.</summary>
public sealed record BusinessHours
{
    /// <summary>Weekdays these hours apply to.</summary>
    public IList<DayOfWeek> Days { get; init; } = [];

    /// <summary>Opening time (local).</summary>
    public TimeOnly Open { get; init; }

    /// <summary>Closing time (local, exclusive); at or before <see cref="Open"/> means midnight.</summary>
    public TimeOnly Close { get; init; }

    /// <summary>True when <paramref name="time"/> is within [open, close).</summary>
    public bool Contains(TimeOnly time) => time >= Open && (Close <= Open || time < Close);
}

/// <summary>A calendar date with optional hours (for make-up working days) and a name.</summary>
public sealed record CalendarDay
{
    /// <summary>The local date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Name, e.g. "国庆节".</summary>
    public string? Name { get; init; }

    /// <summary>Opening time on a make-up working day.</summary>
    public TimeOnly? Open { get; init; }

    /// <summary>Closing time on a make-up working day.</summary>
    public TimeOnly? Close { get; init; }
}

/// <summary>A calendar's state at an instant.</summary>
public enum BusinessState
{
    /// <summary>Within business hours.</summary>
    Open,
    /// <summary>Outside business hours.</summary>
    Closed,
    /// <summary>A holiday.</summary>
    Holiday,
}
