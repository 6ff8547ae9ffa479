using System.Globalization;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Administration;

/// <summary>A business calendar as the hours page edits it (times and dates as typed), read back into a <see cref="BusinessCalendar"/> with field errors.</summary>
public sealed class CalendarForm
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    public string TimeZone { get; set; } = "Asia/Shanghai";

    public List<CalendarHoursRow> Hours { get; } = [];

    public List<CalendarDayRow> Holidays { get; } = [];

    public List<CalendarDayRow> Workdays { get; } = [];

    /// <summary>The form showing <paramref name="calendar"/>.</summary>
    public static CalendarForm From(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var form = new CalendarForm { TimeZone = calendar.TimeZone };
        foreach (var hours in calendar.Hours)
        {
            var row = new CalendarHoursRow { Open = Time(hours.Open), Close = Time(hours.Close) };
            row.Days.UnionWith(hours.Days);
            form.Hours.Add(row);
        }
        form.Holidays.AddRange(calendar.Holidays.Select(Day));
        form.Workdays.AddRange(calendar.Workdays.Select(Day));
        return form;
    }

    /// <summary>The calendar this form describes, or null with <paramref name="errors"/> naming each field that does not read.</summary>
    public BusinessCalendar? ToCalendar(ICollection<CalendarFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var hours = new List<BusinessHours>();
        for (var i = 0; i < Hours.Count; i++)
        {
            var row = Hours[i];
            var open = ReadTime(row.Open, "HoursBadOpen", i, errors);
            var close = ReadTime(row.Close, "HoursBadClose", i, errors);
            if (row.Days.Count == 0)
            {
                errors.Add(new CalendarFieldError("HoursNoDays", i + 1));
            }
            hours.Add(new BusinessHours { Days = [.. row.Days.Order()], Open = open ?? default, Close = close ?? default });
        }

        var holidays = ReadDays(Holidays, "HolidayBadDate", errors);
        var workdays = ReadDays(Workdays, "WorkdayBadDate", errors);
        for (var i = 0; i < Workdays.Count; i++)
        {
            var row = Workdays[i];
            if (string.IsNullOrWhiteSpace(row.Open) != string.IsNullOrWhiteSpace(row.Close))
            {
                errors.Add(new CalendarFieldError("WorkdayHalfHours", i + 1));
            }
            else if (!string.IsNullOrWhiteSpace(row.Open))
            {
                workdays[i] = workdays[i] with
                {
                    Open = ReadTime(row.Open, "WorkdayBadOpen", i, errors),
                    Close = ReadTime(row.Close!, "WorkdayBadClose", i, errors),
                };
            }
        }
        foreach (var date in holidays.Select(h => h.Date).Intersect(workdays.Select(w => w.Date)))
        {
            errors.Add(new CalendarFieldError("HolidayAndWorkday", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return errors.Count > before ? null : new BusinessCalendar { TimeZone = TimeZone.Trim(), Hours = hours, Holidays = holidays, Workdays = workdays };
    }

    private static List<CalendarDay> ReadDays(List<CalendarDayRow> rows, string badDateKey, ICollection<CalendarFieldError> errors)
    {
        var days = new List<CalendarDay>();
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!DateOnly.TryParseExact(row.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new CalendarFieldError(badDateKey, i + 1, row.Date ?? string.Empty));
                days.Add(new CalendarDay());
                continue;
            }
            if (!seen.Add(date))
            {
                errors.Add(new CalendarFieldError("DuplicateDate", i + 1, row.Date!.Trim()));
            }
            days.Add(new CalendarDay { Date = date, Name = string.IsNullOrWhiteSpace(row.Name) ? null : row.Name.Trim() });
        }
        return days;
    }

    private static TimeOnly? ReadTime(string text, string key, int row, ICollection<CalendarFieldError> errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(new CalendarFieldError(key, row + 1, text ?? string.Empty));
        return null;
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static CalendarDayRow Day(CalendarDay day) => new()
    {
        Date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Name = day.Name,
        Open = day.Open is { } open ? Time(open) : null,
        Close = day.Close is { } close ? Time(close) : null,
    };
}
