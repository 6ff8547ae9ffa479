using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Integration")]
public sealed class PeriodComparisonTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_compare";
    private static readonly List<TicketEvent> s_tickets = SampleEvents.TicketsCreated(31, 4_000, SampleEvents.Local(2025, 1, 20), 450);
    private static readonly List<CallDetailRecord> s_calls = SampleEvents.Calls(32, 6_000, SampleEvents.Local(2025, 1, 20), 450);
    private static readonly List<CallDetailRecord> s_outbound =
        [.. SampleEvents.Calls(33, 300, SampleEvents.Local(2026, 2, 20), 30).Select(c => c with { Direction = CallDirection.Outbound })];

    private PeriodComparison Comparison => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, [.. s_tickets, .. s_calls, .. s_outbound]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<AnalyticsDimension> TicketDimensions =>
        [AnalyticsDimension.Category, AnalyticsDimension.Region, AnalyticsDimension.Industry, AnalyticsDimension.Enterprise, AnalyticsDimension.TicketType, AnalyticsDimension.None];

    [Theory]
    [MemberData(nameof(TicketDimensions))]
    public async Task Tickets_month_over_month_and_year_over_year_match_counting_the_events(AnalyticsDimension dimension)
    {
        var rows = await Comparison.CompareAsync(AnalyticsMeasure.Tickets, dimension, PeriodUnit.Month, new DateOnly(2026, 3, 1), TestContext.Current.CancellationToken);

        Func<TicketEvent, string> key = dimension switch
        {
            AnalyticsDimension.Category => t => t.CategoryPath[0],
            AnalyticsDimension.Region => t => t.Region,
            AnalyticsDimension.Industry => t => t.Industry,
            AnalyticsDimension.Enterprise => t => t.Enterprise,
            AnalyticsDimension.TicketType => t => t.TicketType,
            _ => _ => "",
        };
        var expected = Expected(s_tickets, t => t.OccurredAt, key,
            (new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)), (new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)), (new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1)));
        Assert.Equal(expected, rows.Select(r => (r.Key, r.Current, r.Previous, r.LastYear)).ToList());
        Assert.All(rows, r => Assert.True(r.Current > 0 || r.Previous > 0 || r.LastYear > 0));
    }

    [Fact]
    public async Task Inbound_calls_week_over_week_by_queue_match_counting_the_events_and_outbound_calls_are_left_out()
    {
        var monday = new DateOnly(2026, 3, 2);

        var rows = await Comparison.CompareAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Queue, PeriodUnit.Week, monday, TestContext.Current.CancellationToken);

        var expected = Expected(s_calls, c => c.ArrivedAt, c => c.Queue,
            (monday, monday.AddDays(7)), (monday.AddDays(-7), monday), (monday.AddDays(-364), monday.AddDays(-357)));
        Assert.Equal(expected, rows.Select(r => (r.Key, r.Current, r.Previous, r.LastYear)).ToList());
    }

    [Fact]
    public async Task The_ratios_are_the_changes_against_each_reference()
    {
        var rows = await Comparison.CompareAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Region, PeriodUnit.Quarter, new DateOnly(2026, 1, 1), TestContext.Current.CancellationToken);

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Equal((row.Current - row.Previous) / (double)row.Previous, row.PeriodOverPeriod!.Value, 9);
            Assert.Equal((row.Current - row.LastYear) / (double)row.LastYear, row.YearOverYear!.Value, 9);
        }

        Assert.Null(new ComparisonRow("x", 5, 0, 0).PeriodOverPeriod);
        Assert.Null(new ComparisonRow("x", 5, 0, 0).YearOverYear);
    }

    [Fact]
    public async Task A_breakdown_the_rollups_do_not_have_is_refused_with_the_combinations_that_exist()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Comparison.CompareAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Category, PeriodUnit.Month, new DateOnly(2026, 3, 1), TestContext.Current.CancellationToken));

        Assert.Contains("calls: Queue, Region", error.Message, StringComparison.Ordinal);
    }

    private static List<(string Key, long Current, long Previous, long LastYear)> Expected<T>(IEnumerable<T> events, Func<T, DateTimeOffset> at, Func<T, string> key,
        (DateOnly From, DateOnly To) current, (DateOnly From, DateOnly To) previous, (DateOnly From, DateOnly To) lastYear)
    {
        static bool In(DateOnly day, (DateOnly From, DateOnly To) range) => day >= range.From && day < range.To;
        return [.. events.Select(e => (Key: key(e), Day: AnalyticsTime.LocalDay(at(e))))
            .Where(e => In(e.Day, current) || In(e.Day, previous) || In(e.Day, lastYear))
            .GroupBy(e => e.Key)
            .Select(g => (g.Key, (long)g.Count(e => In(e.Day, current)), (long)g.Count(e => In(e.Day, previous)), (long)g.Count(e => In(e.Day, lastYear))))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }
}
