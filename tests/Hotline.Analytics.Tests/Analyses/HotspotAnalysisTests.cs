using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Integration")]
public sealed class HotspotAnalysisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_hotspots";
    private static readonly DateOnly s_from = new(2026, 3, 9);
    private static readonly DateOnly s_to = new(2026, 3, 16);

    // Weekly rates, baseline (4 weeks at this rate) → current week: a tiny jump, a real doubling, a busy but steady key, and a quiet one.
    private static readonly (string Key, int Baseline, int Current)[] s_profile =
    [
        ("小微出租", 1, 3),
        ("北京出租二公司", 20, 40),
        ("北京出租一公司", 50, 52),
        ("公交集团", 10, 9),
    ];

    private static readonly List<TicketEvent> s_tickets = Build();

    private HotspotAnalysis Hotspots => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, s_tickets);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_significant_doubling_tops_the_rising_list_and_a_jump_from_one_to_three_is_not_listed()
    {
        var report = await Hotspots.FindAsync(new HotspotQuery(AnalyticsDimension.Enterprise, s_from, s_to), TestContext.Current.CancellationToken);

        var top = report.Rising[0];
        Assert.Equal("北京出租二公司", top.Key);
        Assert.Equal((40L, 80L, 20.0), (top.Current, top.Baseline, top.Expected));
        Assert.Equal(1.0, top.Growth!.Value, 9);
        Assert.DoesNotContain(report.Rising, s => s.Key == "小微出租");
        Assert.DoesNotContain(report.Rising, s => s.Key == "北京出租一公司");
        var tiny = report.ByVolume.Single(s => s.Key == "小微出租");
        Assert.True(tiny.Growth > top.Growth, "the tiny key grew more in relative terms, which is exactly why growth alone must not rank");
        Assert.True(tiny.ZScore < top.ZScore);
    }

    [Fact]
    public async Task Volumes_and_z_scores_match_counting_the_events()
    {
        var report = await Hotspots.FindAsync(new HotspotQuery(AnalyticsDimension.Enterprise, s_from, s_to, Top: 10), TestContext.Current.CancellationToken);

        var baselineFrom = s_from.AddDays(-28);
        var expected = s_tickets.Where(t => t.Enterprise.Length > 0)
            .Select(t => (t.Enterprise, Day: AnalyticsTime.LocalDay(t.OccurredAt)))
            .Where(t => t.Day >= baselineFrom && t.Day < s_to)
            .GroupBy(t => t.Enterprise)
            .Select(g => (Key: g.Key, Current: (long)g.Count(t => t.Day >= s_from), Baseline: (long)g.Count(t => t.Day < s_from)))
            .OrderByDescending(r => r.Current).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, report.ByVolume.Select(s => (s.Key, s.Current, s.Baseline)).ToList());
        foreach (var spot in report.ByVolume)
        {
            // Binomial: n = c + b, p = 7 / 35.
            double n = spot.Current + spot.Baseline, p = 7.0 / 35;
            Assert.Equal((spot.Current - (n * p)) / Math.Sqrt(n * p * (1 - p)), spot.ZScore, 9);
        }
    }

    [Fact]
    public async Task Plates_come_from_the_raw_events_with_the_same_ranking()
    {
        var report = await Hotspots.FindAsync(new HotspotQuery(AnalyticsDimension.Plate, s_from, s_to, MinimumZScore: 2), TestContext.Current.CancellationToken);

        var expected = s_tickets.Where(t => t.Plate.Length > 0 && AnalyticsTime.LocalDay(t.OccurredAt) >= s_from && AnalyticsTime.LocalDay(t.OccurredAt) < s_to)
            .GroupBy(t => t.Plate).Select(g => (g.Key, (long)g.Count()))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal).Take(10).ToList();
        Assert.Equal(expected, report.ByVolume.Select(s => (s.Key, s.Current)).ToList());
        Assert.Equal("京B20002", report.Rising[0].Key);
    }

    [Theory]
    [InlineData(1, 3, 1.0, 4.0)]
    [InlineData(100, 150, 1.0, 1.0)]
    public void Significance_grows_with_the_evidence_not_the_ratio(long baseline, long current, double currentDays, double baselineDays)
    {
        var z = Hotline.Analytics.Analyses.RateSignificance.ZScore(current, baseline * (long)(baselineDays / currentDays), currentDays, baselineDays);

        Assert.Equal(baseline == 1 ? 1.51 : 3.16, Math.Round(z, 2));
    }

    private static List<TicketEvent> Build()
    {
        var template = SampleEvents.TicketsCreated(41, 1, SampleEvents.Local(2026, 1, 1), 1)[0];
        var tickets = new List<TicketEvent>();
        var random = new Random(42);
        var serial = 0;
        void Add(string enterprise, string plate, DateOnly from, int days, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var at = AnalyticsTime.StartOf(from.AddDays(random.Next(days))).AddSeconds(random.Next(86_400));
                tickets.Add(template with
                {
                    EventId = Guid.NewGuid(), TicketNumber = $"H{serial++:D6}", OccurredAt = at, TicketCreatedAt = at, Enterprise = enterprise, Plate = plate,
                });
            }
        }

        foreach (var (key, baseline, current) in s_profile)
        {
            Add(key, "", s_from.AddDays(-28), 28, baseline * 4);
            Add(key, "", s_from, 7, current);
        }

        // Plates: one with a steady 10 a week, one that jumps from 5 to 25, one from 1 to 3.
        Add("", "京B20001", s_from.AddDays(-28), 28, 40);
        Add("", "京B20001", s_from, 7, 10);
        Add("", "京B20002", s_from.AddDays(-28), 28, 20);
        Add("", "京B20002", s_from, 7, 25);
        Add("", "京B20003", s_from.AddDays(-28), 28, 4);
        Add("", "京B20003", s_from, 7, 3);
        // Outside both windows: must not count.
        Add("北京出租二公司", "京B20002", s_from.AddDays(-60), 20, 30);
        Add("北京出租二公司", "京B20002", s_to, 5, 30);
        return tickets;
    }
}
