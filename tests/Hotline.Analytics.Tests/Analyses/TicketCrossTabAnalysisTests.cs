using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

/// <summary>The region × category map read from the daily rollup, checked cell by cell against counting the events.</summary>
[Trait("Category", "Integration")]
public sealed class TicketCrossTabAnalysisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_crosstab";
    private static readonly DateOnly s_from = new(2026, 4, 1);
    private static readonly DateOnly s_to = new(2026, 4, 11);

    // Ten days inside the range and a few days either side that must not count.
    private static readonly List<TicketEvent> s_tickets = SampleEvents.TicketsCreated(71, 900, SampleEvents.Local(2026, 3, 29), 16);

    private TicketCrossTabAnalysis CrossTabs => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, s_tickets);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_cell_is_the_number_of_tickets_created_in_the_range_with_both_keys()
    {
        var table = await CrossTabs.CountAsync(AnalyticsDimension.Region, AnalyticsDimension.Category, s_from, s_to, cancellationToken: TestContext.Current.CancellationToken);

        var inRange = s_tickets.Where(t => AnalyticsTime.LocalDay(t.OccurredAt) >= s_from && AnalyticsTime.LocalDay(t.OccurredAt) < s_to).ToList();
        var expectedRows = inRange.GroupBy(t => t.Region).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var expectedColumns = inRange.GroupBy(t => t.CategoryPath[0]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        Assert.Equal(expectedRows, table.Rows);
        Assert.Equal(expectedColumns, table.Columns);
        foreach (var region in expectedRows)
        {
            foreach (var category in expectedColumns)
                Assert.Equal(inRange.Count(t => t.Region == region && t.CategoryPath[0] == category), table[region, category]);
        }

        Assert.Equal(0, table.Omitted);
        Assert.Equal(inRange.Count, table.Counts.Sum(r => r.Sum()));
    }

    [Fact]
    public async Task Keys_beyond_the_top_are_counted_as_omitted_so_the_whole_still_adds_up()
    {
        var table = await CrossTabs.CountAsync(AnalyticsDimension.Region, AnalyticsDimension.Category, s_from, s_to, top: 1, TestContext.Current.CancellationToken);

        var inRange = s_tickets.Where(t => AnalyticsTime.LocalDay(t.OccurredAt) >= s_from && AnalyticsTime.LocalDay(t.OccurredAt) < s_to).ToList();
        var (region, category) = (Assert.Single(table.Rows), Assert.Single(table.Columns));
        var kept = inRange.Count(t => t.Region == region && t.CategoryPath[0] == category);
        Assert.Equal(kept, table[region, category]);
        Assert.Equal(inRange.Count - kept, table.Omitted);
    }

    [Theory]
    [InlineData(AnalyticsDimension.Region, AnalyticsDimension.Region)]
    [InlineData(AnalyticsDimension.None, AnalyticsDimension.Category)]
    [InlineData(AnalyticsDimension.Queue, AnalyticsDimension.Category)]
    public async Task A_pair_that_is_not_two_ticket_dimensions_is_refused_by_name(AnalyticsDimension rows, AnalyticsDimension columns)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => CrossTabs.CountAsync(rows, columns, s_from, s_to, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(rows == AnalyticsDimension.Queue ? "Queue" : $"{rows} × {columns}", error.Message, StringComparison.Ordinal);
    }
}
