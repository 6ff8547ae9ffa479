using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>Times on the ticket pages: shown in China Standard Time (the hotline's day, whatever the server's zone), deadlines as time left or overdue.</summary>
public static class TicketTimes
{
    /// <summary>The hotline's time zone.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>"2026-11-28 14:05" in the hotline's zone.</summary>
    public static string Format(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>True when the unit still owes an answer and the deadline has passed.</summary>
    public static bool IsOverdue(TicketState state, DateTimeOffset deadline, DateTimeOffset now) =>
        TicketTransitions.Open.Contains(state) && deadline < now;

    /// <summary>The length of <paramref name="span"/> (its sign dropped) in days and hours, hours and minutes, or minutes, worded by <paramref name="text"/>.</summary>
    public static string Span(TimeSpan span, IStringLocalizer<TicketText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span < TimeSpan.Zero)
            span = span.Negate();
        if (span.TotalDays >= 1)
            return text["SpanDays", (int)span.TotalDays, span.Hours];
        return span.TotalHours >= 1 ? text["SpanHours", (int)span.TotalHours, span.Minutes] : text["SpanMinutes", span.Minutes];
    }
}
