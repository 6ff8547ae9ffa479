using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Integration")]
public sealed class TrendAnalysisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_trends";
    private static readonly DateOnly s_from = new(2025, 12, 1);
    private static readonly DateOnly s_to = new(2026, 3, 1);
    private static readonly List<TicketEvent> s_tickets = Weekly();

    private TrendAnalysis Trends => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, s_tickets);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Daily_values_match_counting_the_events_with_empty_days_as_zero()
    {
        var series = await Trends.SeriesAsync(AnalyticsMeasure.Tickets, TrendGranularity.Day, s_from.AddDays(-3), s_to, cancellationToken: TestContext.Current.CancellationToken);

        var counts = s_tickets.GroupBy(t => AnalyticsTime.LocalDay(t.OccurredAt)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(s_to.DayNumber - s_from.DayNumber + 3, series.Count);
        Assert.All(series, p => Assert.Equal(counts.GetValueOrDefault(p.Period), p.Value));
        Assert.Equal(0, series[0].Value);
    }

    [Fact]
    public async Task The_weekly_rhythm_shows_as_the_seasonal_part_mondays_busiest_sundays_quietest()
    {
        var series = await Trends.SeriesAsync(AnalyticsMeasure.Tickets, TrendGranularity.Day, s_from, s_to, cancellationToken: TestContext.Current.CancellationToken);

        var byWeekday = series.GroupBy(p => p.Period.DayOfWeek).ToDictionary(g => g.Key, g => g.First().Seasonal);
        Assert.Equal(DayOfWeek.Monday, byWeekday.MaxBy(p => p.Value).Key);
        Assert.Equal(DayOfWeek.Sunday, byWeekday.MinBy(p => p.Value).Key);
        Assert.Equal(0, byWeekday.Values.Sum(), 6);
        Assert.All(series, p => Assert.Equal(p.Value - p.Seasonal, p.Adjusted, 9));
        // Seasonally adjusted values vary far less than the raw ones.
        Assert.True(StandardDeviation(series.Select(p => p.Adjusted)) < StandardDeviation(series.Select(p => p.Value)) / 2);
    }

    [Fact]
    public async Task Monthly_values_for_one_category_match_counting_the_events()
    {
        var series = await Trends.SeriesAsync(AnalyticsMeasure.Tickets, TrendGranularity.Month, s_from, s_to, AnalyticsDimension.Category, "出租汽车", TestContext.Current.CancellationToken);

        var expected = s_tickets.Where(t => t.CategoryPath[0] == "出租汽车")
            .GroupBy(t => { var d = AnalyticsTime.LocalDay(t.OccurredAt); return new DateOnly(d.Year, d.Month, 1); })
            .OrderBy(g => g.Key).Select(g => (g.Key, (double)g.Count()));
        Assert.Equal(expected, series.Select(p => (p.Period, p.Value)));
    }

    private static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count);
    }

    // Tickets per day: Monday 40 … Sunday 10, the same every week.
    private static List<TicketEvent> Weekly()
    {
        int[] perWeekday = [10, 40, 30, 28, 26, 24, 12]; // Sunday first, as DayOfWeek counts
        var template = SampleEvents.TicketsCreated(61, 4, SampleEvents.Local(2025, 12, 1), 1);
        var tickets = new List<TicketEvent>();
        for (var day = s_from; day < s_to; day = day.AddDays(1))
        {
            for (var i = 0; i < perWeekday[(int)day.DayOfWeek]; i++)
            {
                var at = AnalyticsTime.StartOf(day).AddMinutes(20 * i);
                tickets.Add(template[i % template.Count] with { EventId = Guid.NewGuid(), TicketNumber = $"W{day:yyyyMMdd}{i:D3}", OccurredAt = at, TicketCreatedAt = at });
            }
        }

        return tickets;
    }
}
