using System.Globalization;
using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Reports.Builders;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Fills <see cref="DailyOperationsData"/> for one local day from the analytics queries: calls and tickets against the day before and a week
/// earlier, the hourly profile, the top categories (with 同比) and notable events (hotspots, a missed service level, the peak hour).</summary>
public sealed class DailyOperationsSource(ReportQueries queries, ReportSettings settings)
{
    private const int TopCategories = 10;
    private const int HotspotBaselineDays = 28;

    /// <summary>The data for <paramref name="day"/>.</summary>
    public async Task<DailyOperationsData> LoadAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var next = day.AddDays(1);
        var calls = await CallsAsync(day, cancellationToken);
        var previousDay = await CallsAsync(day.AddDays(-1), cancellationToken);
        var lastWeek = await CallsAsync(day.AddDays(-7), cancellationToken);
        var tickets = await TicketsAsync(day, cancellationToken);
        var previousTickets = await TicketsAsync(day.AddDays(-1), cancellationToken);

        var hours = calls.Offered == 0 ? [] : await HoursAsync(day, cancellationToken);
        var categories = await queries.Analytics.Comparison.CompareAsync(AnalyticsMeasure.Tickets, AnalyticsDimension.Category, PeriodUnit.Day, day, cancellationToken);
        var top = categories.Where(c => c.Current > 0).Take(TopCategories)
            .Select(c => new BreakdownRow(c.Key, c.Current, c.Previous, TrendValues.Base(c.LastYear))).ToList();

        var events = new List<NotableEvent>();
        events.AddRange(await HotspotEventsAsync(day, next, cancellationToken));
        if (calls.ServiceLevel is { } level && level < settings.ServiceLevelTarget)
        {
            events.Add(new NotableEvent(AnalyticsTime.StartOf(next).AddMinutes(-1),
                string.Format(FigureText.Culture, SourceText.EventServiceLevel, FigureText.Percent(level), FigureText.Percent(settings.ServiceLevelTarget)),
                EventSeverity.Attention));
        }

        if (hours.Count > 0 && hours.MaxBy(h => h.Offered) is { Offered: > 0 } peak)
        {
            events.Add(new NotableEvent(AnalyticsTime.StartOf(day).AddHours(peak.Hour),
                string.Format(FigureText.Culture, SourceText.EventPeakHour, peak.Hour, peak.Hour + 1, FigureText.Count(peak.Offered))));
        }

        return new DailyOperationsData(day, calls, previousDay.Offered == 0 ? null : previousDay, lastWeek.Offered == 0 ? null : lastWeek,
            tickets, previousTickets.Received == 0 && previousTickets.Closed == 0 ? null : previousTickets, hours, top, events);
    }

    /// <summary>The call figures of one local day.</summary>
    public async Task<CallFigures> CallsAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var t = await queries.Calls.TotalsAsync(day, day.AddDays(1), cancellationToken);
        return new CallFigures(t.Offered, t.Answered, t.Abandoned, t.AnsweredWithin20Seconds, CallTotals.ServiceLevelSeconds, t.AverageSpeedOfAnswer, t.AverageHandleTime);
    }

    private async Task<TicketFigures> TicketsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var flow = await queries.Tickets.FlowAsync(day, day.AddDays(1), settings.TicketDeadlineDays, cancellationToken);
        return new TicketFigures(flow.Received, flow.Closed, flow.OverdueAtEnd, flow.OpenAtEnd);
    }

    private async Task<IReadOnlyList<HourlyCalls>> HoursAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var today = await queries.Calls.HoursAsync(day, day.AddDays(1), cancellationToken);
        var weekAgo = await queries.Calls.HoursAsync(day.AddDays(-7), day.AddDays(-6), cancellationToken);
        return [.. today.Zip(weekAgo, (t, w) => new HourlyCalls(t.Hour, t.Offered, t.Answered, w.Offered))];
    }

    private async Task<IEnumerable<NotableEvent>> HotspotEventsAsync(DateOnly day, DateOnly next, CancellationToken cancellationToken)
    {
        var events = new List<NotableEvent>();
        foreach (var (dimension, name) in HotspotDimensions.Daily)
        {
            var report = await queries.Analytics.Hotspots.FindAsync(new HotspotQuery(dimension, day, next, HotspotBaselineDays, Top: 3), cancellationToken);
            events.AddRange(report.Rising.Select(h => new NotableEvent(
                AnalyticsTime.StartOf(day),
                string.Format(FigureText.Culture, SourceText.EventHotspot, name, h.Key, FigureText.Count(h.Current), HotspotBaselineDays,
                    h.Expected.ToString("0.#", FigureText.Culture), h.ZScore.ToString("0.0", CultureInfo.InvariantCulture)),
                HotspotDimensions.Severity(h.ZScore))));
        }

        return events;
    }
}
