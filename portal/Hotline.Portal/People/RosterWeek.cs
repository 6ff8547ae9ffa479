using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>Reads an agent's expanded schedule back into days for the roster grid: a shift belongs to the local day it starts on, so a night
/// shift that ends after midnight stays on its first day.</summary>
public static class RosterWeek
{
    /// <summary>The seven days from <paramref name="monday"/> (local dates at <paramref name="offset"/>) with their planned template and whether leave covers part of them.</summary>
    public static IReadOnlyList<RosterDay> Days(DateOnly monday, IReadOnlyList<ScheduledSpan> schedule, IReadOnlyList<LeavePeriod> leave, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(leave);
        return Enumerable.Range(0, 7).Select(i =>
        {
            var day = monday.AddDays(i);
            var dayStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset);
            var dayEnd = dayStart.AddDays(1);
            var work = schedule.FirstOrDefault(s => s.Kind == ScheduledSpanKind.Work && Local(s.From, offset) == day);
            var onLeave = leave.Any(l => l.From < dayEnd && l.To > dayStart);
            return new RosterDay(day, work?.ShiftTemplateId, onLeave);
        }).ToList();
    }

    /// <summary>The Monday of the week <paramref name="day"/> falls in.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Local(DateTimeOffset at, TimeSpan offset) => DateOnly.FromDateTime(at.ToOffset(offset).DateTime);
}
