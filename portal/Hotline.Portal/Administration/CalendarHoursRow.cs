namespace Hotline.Portal.Administration;

/// <summary>One weekly-hours row of the business-hours form: the weekdays and the opening and closing time as typed (HH:mm).</summary>
public sealed class CalendarHoursRow
{
    public HashSet<DayOfWeek> Days { get; } = [];

    public string Open { get; set; } = "08:00";

    public string Close { get; set; } = "20:00";
}
