namespace Hotline.Reports.Data;

/// <summary>Everything the daily operations report (日报) shows, as the analytics queries return it for one day.</summary>
/// <param name="Date">The day reported.</param>
/// <param name="Calls">The day's call figures.</param>
/// <param name="PreviousDay">The day before, for 环比; null when there is no history.</param>
/// <param name="SameDayLastWeek">Seven days earlier, the fairer comparison for weekly rhythms; null when there is no history.</param>
/// <param name="Tickets">The day's ticket figures.</param>
/// <param name="PreviousDayTickets">The day before; null when there is no history.</param>
/// <param name="Hours">24 rows, one per hour; may be empty when there were no calls.</param>
/// <param name="TopCategories">The day's most frequent ticket categories with the previous day's counts, largest first.</param>
/// <param name="Events">Notable events of the day, in time order.</param>
public sealed record DailyOperationsData(
    DateOnly Date,
    CallFigures Calls,
    CallFigures? PreviousDay,
    CallFigures? SameDayLastWeek,
    TicketFigures Tickets,
    TicketFigures? PreviousDayTickets,
    IReadOnlyList<HourlyCalls> Hours,
    IReadOnlyList<BreakdownRow> TopCategories,
    IReadOnlyList<NotableEvent> Events);
