using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

/// <summary>
/// Item pass rates from QA item events that went through the outbox and the consumer into real chDB, checked against LINQ over the same
/// events: latest result per call and item, the call counted on the day it was first scored, not-applicable items left out.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QaItemAnalysisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_qa_items";
    private static readonly DateOnly s_previousFrom = new(2026, 10, 1);
    private static readonly DateOnly s_from = new(2026, 10, 8);
    private static readonly DateOnly s_to = new(2026, 10, 15);
    private static readonly (List<QaScore> Totals, List<QaItemScore> Items) s_events = Generate();
    private static readonly string[] s_judged = ["Passed", "Partial", "Failed"];
    private IngestionHarness? _harness;

    public async ValueTask InitializeAsync()
    {
        _harness = await IngestionHarness.CreateAsync(fixture.Engine, Database);
        await _harness.AppendAsync([.. s_events.Totals, .. s_events.Items]);
        await _harness.Consumer().DrainAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _harness?.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_item_event_reaches_the_table_with_its_fields()
    {
        Assert.Equal(s_events.Items.Count, await _harness!.CountAsync("qa_item_scores"));
        var sample = s_events.Items.First(e => e.Status == "Partial");
        Assert.Equal(1, await _harness.CountAsync("qa_item_scores",
            $"event_id = '{sample.EventId}' AND item_name = '{sample.ItemName}' AND status = 'Partial' AND scorecard = 'standard' AND scorecard_version = 1 "
            + $"AND abs(score - {sample.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}) < 0.001 AND points = {sample.Points}"));
    }

    [Fact]
    public async Task Pass_rates_equal_counting_the_latest_result_of_each_call_and_item()
    {
        var rates = await new QaItemAnalysis(fixture.Engine, Database).PassRatesAsync(s_from, s_to, s_previousFrom, s_from, TestContext.Current.CancellationToken);

        var now = Expected(s_from, s_to);
        var before = Expected(s_previousFrom, s_from);
        Assert.Equal(now.Keys.Order(StringComparer.Ordinal), rates.Select(r => r.Item));
        Assert.All(rates, r =>
        {
            Assert.Equal(now[r.Item], (r.Checked, r.Passed));
            Assert.Equal(before.GetValueOrDefault(r.Item), (r.PreviousChecked, r.PreviousPassed));
        });
        Assert.Contains(rates, r => r.Passed < r.Checked);
        Assert.DoesNotContain(rates, r => r.Checked > s_events.Totals.Count);
    }

    [Fact]
    public async Task A_correction_replaces_the_automatic_result_in_the_period_the_call_was_scored_in()
    {
        // The corrections all pass an item the scorer failed; counting the automatic rows instead would give fewer passes.
        var corrected = s_events.Items.Where(e => e.ScoredBy != "auto").ToList();
        Assert.NotEmpty(corrected);
        var rates = await new QaItemAnalysis(fixture.Engine, Database).PassRatesAsync(s_previousFrom, s_from, s_previousFrom.AddDays(-7), s_previousFrom, TestContext.Current.CancellationToken);

        var automaticOnly = Count(s_events.Items.Where(e => e.ScoredBy == "auto"), s_previousFrom, s_from);
        Assert.Equal(Expected(s_previousFrom, s_from).Values.Sum(v => v.Passed), rates.Sum(r => r.Passed));
        Assert.True(rates.Sum(r => r.Passed) > automaticOnly.Values.Sum(v => v.Passed), "corrected items should count as passed");
        Assert.Equal(automaticOnly.Values.Sum(v => v.Checked), rates.Sum(r => r.Checked));
    }

    [Fact]
    public async Task The_weakest_item_of_each_agent_is_where_they_lost_most_points()
    {
        var weakest = await new QaItemAnalysis(fixture.Engine, Database).WeakestItemByAgentAsync(s_from, s_to, TestContext.Current.CancellationToken);

        var expected = Latest(s_events.Items).Where(l => In(l.First, s_from, s_to) && l.Latest.Status is "Partial" or "Failed")
            .GroupBy(l => (l.Latest.AgentId, l.Latest.ItemName))
            .Select(g => (Agent: g.Key.AgentId, Item: g.Key.ItemName, Lost: g.Sum(l => l.Latest.Points - l.Latest.Score)))
            .GroupBy(x => x.Agent)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => Math.Round(x.Lost, 3)).ThenBy(x => x.Item, StringComparer.Ordinal).First().Item);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), weakest.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_latest_total_of_named_calls_is_found()
    {
        var wanted = s_events.Totals.Take(3).Select(t => t.CallId).Append("no-such-call").ToList();

        var found = await new QaScoreAnalysis(fixture.Engine, Database).LatestForCallsAsync(wanted, TestContext.Current.CancellationToken);

        Assert.Equal(3, found.Count);
        Assert.All(s_events.Totals.Take(3), t => Assert.Equal((t.AgentId, t.Score), (found[t.CallId].Agent, Math.Round(found[t.CallId].Score, 1))));
    }

    [Fact]
    public async Task Agent_scores_count_each_call_once_at_its_latest_total_in_the_period_it_was_first_scored()
    {
        var rows = await new QaScoreAnalysis(fixture.Engine, Database).ByAgentAsync(s_previousFrom, s_from, 80, TestContext.Current.CancellationToken);

        static double Percent(QaScore s) => s.Score / s.MaxScore * 100;
        var calls = s_events.Totals.GroupBy(t => t.CallId).Select(g => (Latest: g.MaxBy(t => t.ScoredAt)!, First: g.Min(t => t.ScoredAt), Rows: g.Count()))
            .Where(c => In(c.First, s_previousFrom, s_from)).ToList();
        Assert.Contains(calls, c => c.Rows == 2);
        var expected = calls.GroupBy(c => c.Latest.AgentId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count(), Math.Round(g.Sum(c => Percent(c.Latest)), 3), (long)g.Count(c => Percent(c.Latest) >= 80)))
            .ToList();
        Assert.Equal(expected, rows.Select(r => (r.Agent, r.Scored, Math.Round(r.ScoreSum, 3), r.Passed)));
        Assert.Equal(calls.Count, rows.Sum(r => r.Bands.Sum()));
    }

    private static bool In(DateTimeOffset at, DateOnly from, DateOnly to) => AnalyticsTime.LocalDay(at) is var day && day >= from && day < to;

    private static IEnumerable<(QaItemScore Latest, DateTimeOffset First)> Latest(IEnumerable<QaItemScore> items) =>
        items.GroupBy(e => (e.CallId, e.ItemId)).Select(g => (g.MaxBy(e => e.ScoredAt)!, g.Min(e => e.ScoredAt)));

    private static Dictionary<string, (long Checked, long Passed)> Count(IEnumerable<QaItemScore> items, DateOnly from, DateOnly to) =>
        Latest(items).Where(l => In(l.First, from, to) && s_judged.Contains(l.Latest.Status))
            .GroupBy(l => l.Latest.ItemName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ((long)g.Count(), (long)g.Count(l => l.Latest.Status == "Passed")), StringComparer.Ordinal);

    private static Dictionary<string, (long Checked, long Passed)> Expected(DateOnly from, DateOnly to) => Count(s_events.Items, from, to);

    /// <summary>Two weeks of scored calls split into items by the history generator's splitter, and inspector corrections three days later that pass a failed item.</summary>
    private static (List<QaScore>, List<QaItemScore>) Generate()
    {
        var random = new Random(2026);
        var totals = SampleEvents.Calls(91, 900, SampleEvents.Local(2026, 10, 1), 14)
            .Where(c => c.AnsweredAt is not null && random.NextDouble() < 0.4)
            .Select(c => SampleEvents.Score(c, Math.Round(70 + (random.NextDouble() * 30), 1)))
            .ToList();
        var items = totals.SelectMany(t => QaItemHistory.Split(t, random, Guid.NewGuid)).ToList();
        var corrections = items.Where(e => e.Status == "Failed").Where((_, i) => i % 4 == 0)
            .Select(e => e with { EventId = Guid.NewGuid(), Score = e.Points, Status = "Passed", ScoredBy = "inspector", ScoredAt = e.ScoredAt.AddDays(3) })
            .ToList();
        // Corrected totals (never of the first three calls, whose automatic totals another test reads back): full marks three days later.
        var correctedTotals = totals.Skip(3).Where((_, i) => i % 5 == 0)
            .Select(t => t with { EventId = Guid.NewGuid(), Score = 100, ScoredBy = "inspector", ScoredAt = t.ScoredAt.AddDays(3) })
            .ToList();
        return ([.. totals, .. correctedTotals], [.. items, .. corrections]);
    }
}
