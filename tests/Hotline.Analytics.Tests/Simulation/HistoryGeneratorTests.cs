using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Simulation;

[Trait("Category", "Unit")]
public sealed class HistoryGeneratorTests
{
    private static readonly DateOnly s_today = new(2026, 6, 1);
    private static readonly HistoryOptions s_options = new() { Years = 2, CallsPerDay = 300, Seed = 7, IncidentDaysBeforeEnd = 40 };
    private static readonly List<(DateOnly Day, IReadOnlyList<IDomainEvent> Events)> s_history = Generate(s_options);

    [Fact]
    public void The_same_seed_gives_the_same_history()
    {
        var generator = new HistoryGenerator(s_options);
        var day = new DateOnly(2025, 3, 4);

        var first = generator.Day(day, s_today, null);
        var second = generator.Day(day, s_today, null);

        Assert.Equal(first.Select(e => e.EventId), second.Select(e => e.EventId));
        Assert.Equal(first.OfType<CallDetailRecord>().Select(c => c.ArrivedAt), second.OfType<CallDetailRecord>().Select(c => c.ArrivedAt));
        Assert.NotEqual(first.Select(e => e.EventId), new HistoryGenerator(new HistoryOptions { Seed = 8, CallsPerDay = 300 }).Day(day, s_today, null).Select(e => e.EventId));
    }

    [Fact]
    public void Every_event_belongs_to_the_day_it_was_generated_for_and_ids_are_unique()
    {
        Assert.Equal(s_today.AddYears(-2), s_history[0].Day);
        Assert.Equal(s_today.AddDays(-1), s_history[^1].Day);
        Assert.All(s_history, d => Assert.All(d.Events.OfType<CallDetailRecord>(), c => Assert.Equal(d.Day, AnalyticsTime.LocalDay(c.ArrivedAt))));
        var ids = s_history.SelectMany(d => d.Events).Select(e => e.EventId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Mondays_are_busier_than_sundays_and_the_night_is_quiet()
    {
        var calls = s_history.SelectMany(d => d.Events.OfType<CallDetailRecord>()).ToList();
        double PerDay(DayOfWeek weekday) => calls.Count(c => AnalyticsTime.LocalDay(c.ArrivedAt).DayOfWeek == weekday) / (double)s_history.Count(d => d.Day.DayOfWeek == weekday);

        Assert.True(PerDay(DayOfWeek.Monday) > 1.5 * PerDay(DayOfWeek.Sunday));
        var byHour = calls.GroupBy(c => c.ArrivedAt.ToOffset(AnalyticsTime.Offset).Hour).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byHour[10] > 20 * byHour[3]);
    }

    [Fact]
    public void Spring_festival_is_quiet_and_demand_grows_year_on_year()
    {
        double CallsPerDay(Func<DateOnly, bool> when) =>
            s_history.Where(d => when(d.Day)).Average(d => d.Events.OfType<CallDetailRecord>().Count());

        var festival = ChineseCalendar.SpringFestival(2026);
        var holiday = CallsPerDay(d => d >= festival.AddDays(-1) && d < festival.AddDays(6));
        var weeksAround = CallsPerDay(d => (d >= festival.AddDays(-40) && d < festival.AddDays(-20)) || (d >= festival.AddDays(30) && d < festival.AddDays(50)));
        Assert.True(holiday < 0.75 * weeksAround, $"holiday {holiday:F0}/day vs {weeksAround:F0}/day around it");

        var firstYear = CallsPerDay(d => d < s_today.AddYears(-1));
        var secondYear = CallsPerDay(d => d >= s_today.AddYears(-1));
        Assert.InRange(secondYear / firstYear, 1.06, 1.2);
    }

    [Fact]
    public void The_injected_incident_multiplies_complaints_about_one_taxi_company()
    {
        var start = s_today.AddDays(-40);
        double PerDay(DateOnly from, DateOnly to) => s_history.Where(d => d.Day >= from && d.Day < to)
            .SelectMany(d => d.Events.OfType<TicketEvent>())
            .Count(t => t.Kind == TicketEventKind.Created && t.Enterprise == HistoryCatalog.IncidentEnterprise) / (double)(to.DayNumber - from.DayNumber);

        Assert.True(PerDay(start, start.AddDays(10)) > 3 * PerDay(start.AddDays(-60), start));
        Assert.Contains(s_history.Where(d => d.Day >= start && d.Day < start.AddDays(10)).SelectMany(d => d.Events.OfType<TranscriptSegment>()), s => s.Text.Contains("绕路", StringComparison.Ordinal));
    }

    [Fact]
    public void Tickets_follow_their_workflow_with_rising_sequence_and_time()
    {
        var tickets = s_history.TakeLast(30).SelectMany(d => d.Events.OfType<TicketEvent>()).GroupBy(t => t.TicketNumber).ToList();

        Assert.NotEmpty(tickets);
        foreach (var ticket in tickets)
        {
            var steps = ticket.OrderBy(t => t.Sequence).ToList();
            Assert.Equal(TicketEventKind.Created, steps[0].Kind);
            Assert.Equal(TicketEventKind.Closed, steps[^1].Kind);
            Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(t => t.Sequence));
            Assert.True(steps.Zip(steps.Skip(1)).All(p => p.First.OccurredAt <= p.Second.OccurredAt));
            Assert.All(steps, t => Assert.Equal(steps[0].TicketCreatedAt, t.TicketCreatedAt));
        }
    }

    [Fact]
    public void The_calendar_knows_the_festival_and_its_travel_rush()
    {
        Assert.Equal(new DateOnly(2026, 2, 17), ChineseCalendar.SpringFestival(2026));
        Assert.True(ChineseCalendar.IsSpringFestivalHoliday(new DateOnly(2026, 2, 16)));
        Assert.False(ChineseCalendar.IsSpringFestivalHoliday(new DateOnly(2026, 2, 23)));
        Assert.True(ChineseCalendar.IsTravelRush(new DateOnly(2026, 2, 5)));
        Assert.True(ChineseCalendar.IsTravelRush(new DateOnly(2025, 12, 31)) == false);
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseCalendar.SpringFestival(1999));
    }

    private static List<(DateOnly, IReadOnlyList<IDomainEvent>)> Generate(HistoryOptions options)
    {
        var generator = new HistoryGenerator(options);
        var (from, _) = generator.Range(s_today);
        return [.. generator.Days(s_today).Select((events, i) => (from.AddDays(i), events))];
    }
}
