using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Rosters;

/// <summary>Turns planned shifts into work, break and leave spans: breaks cut the work, leave replaces whatever it overlaps.</summary>
public static class ShiftExpander
{
    /// <summary>The spans of one shift on a local day, in time order.</summary>
    public static IReadOnlyList<ScheduledSpan> Expand(ShiftTemplate template, DateOnly day, TimeSpan utcOffset, IReadOnlyList<LeavePeriod> leave)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(leave);
        var start = new DateTimeOffset(day.ToDateTime(template.Start), utcOffset);
        var end = start.AddMinutes(template.Minutes);
        var planned = new List<ScheduledSpan>();
        var cursor = start;
        foreach (var pause in template.Breaks.OrderBy(b => b.StartMinute))
        {
            var from = start.AddMinutes(pause.StartMinute);
            var to = from.AddMinutes(pause.Minutes);
            if (from > cursor)
                planned.Add(new ScheduledSpan(cursor, from, ScheduledSpanKind.Work, template.Id));
            planned.Add(new ScheduledSpan(from, to, ScheduledSpanKind.Break, template.Id));
            cursor = to;
        }

        if (end > cursor)
            planned.Add(new ScheduledSpan(cursor, end, ScheduledSpanKind.Work, template.Id));
        return planned.SelectMany(span => CutLeave(span, leave)).ToList();
    }

    /// <summary>The spans clipped to [from, until); spans outside vanish.</summary>
    public static IEnumerable<ScheduledSpan> Clip(IEnumerable<ScheduledSpan> spans, DateTimeOffset from, DateTimeOffset until) =>
        spans.Where(s => s.To > from && s.From < until)
            .Select(s => s with { From = s.From < from ? from : s.From, To = s.To > until ? until : s.To });

    private static IEnumerable<ScheduledSpan> CutLeave(ScheduledSpan span, IReadOnlyList<LeavePeriod> leave)
    {
        var cursor = span.From;
        foreach (var off in leave.Where(l => l.To > span.From && l.From < span.To).OrderBy(l => l.From))
        {
            var from = off.From < cursor ? cursor : off.From;
            var to = off.To > span.To ? span.To : off.To;
            if (to <= from)
                continue;
            if (from > cursor)
                yield return span with { From = cursor, To = from };
            yield return span with { From = from, To = to, Kind = ScheduledSpanKind.Leave };
            cursor = to;
        }

        if (span.To > cursor)
            yield return span with { From = cursor };
    }
}
