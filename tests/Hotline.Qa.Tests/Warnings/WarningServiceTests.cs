using Hotline.Analytics.Analyses;
using Hotline.Qa.Warnings;

namespace Hotline.Qa.Tests.Warnings;

/// <summary>The scan over several series: ranking, wording, sample tickets.</summary>
[Trait("Category", "Unit")]
public sealed class WarningServiceTests
{
    private static readonly DateOnly From = new(2026, 3, 1);

    /// <summary>An in-memory source: per (dimension, key) a series; spikes on given days.</summary>
    private sealed class FakeSource : IWarningSource
    {
        public Dictionary<(AnalyticsDimension, string), (double Level, int SpikeDay, double Spike, string SpikedPart)> Series { get; } = [];

        public List<(string Key, DateOnly Day)> SampleRequests { get; } = [];

        public Task<IReadOnlyList<string>> KeysAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, DateOnly firstDay, DateOnly endDay, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([.. Series.Keys.Where(k => k.Item1 == dimension).Select(k => k.Item2).Take(limit)]);

        public Task<WarningSeries> SeriesAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, string key, DateOnly firstDay, DateOnly endDay, CancellationToken cancellationToken)
        {
            var (level, spikeDay, spike, spikedPart) = Series[(dimension, key)];
            var generator = new GeneratedSeries(key.Length + (int)dimension);
            var days = endDay.DayNumber - firstDay.DayNumber;
            var parts = new Dictionary<string, IReadOnlyList<double>>();
            foreach (var (part, share) in new[] { ("绕路", 0.5), ("拒载", 0.3), ("服务态度", 0.2) })
            {
                var values = generator.Series(level * share, firstDay, days);
                if (part == spikedPart)
                    values[From.AddDays(spikeDay).DayNumber - firstDay.DayNumber] += spike;
                parts[part] = values;
            }

            var total = Enumerable.Range(0, days).Select(i => parts.Values.Sum(p => p[i])).ToArray();
            return Task.FromResult(new WarningSeries(measure, dimension, key, firstDay, total, parts));
        }

        public Task<IReadOnlyList<SampleTicket>> SamplesAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, string key, DateOnly day, int count, CancellationToken cancellationToken)
        {
            SampleRequests.Add((key, day));
            return Task.FromResult<IReadOnlyList<SampleTicket>>([new SampleTicket($"12328-{day:yyyyMMdd}-000001", "绕路", "司机绕路多收费")]);
        }
    }

    [Fact]
    public async Task Alerts_are_ranked_by_severity_and_explained_in_chinese()
    {
        var source = new FakeSource();
        source.Series[(AnalyticsDimension.Category, "出租汽车")] = (60, 3, 90, "绕路");
        source.Series[(AnalyticsDimension.Category, "城市公交")] = (60, 5, 55, "拒载");
        source.Series[(AnalyticsDimension.Category, "道路客运")] = (60, 0, 0, "");
        var service = new WarningService(source, new WarningSettings());

        var alerts = await service.ScanAsync([new WarningScope(AnalyticsMeasure.Tickets, AnalyticsDimension.Category)], From, From.AddDays(7), TestContext.Current.CancellationToken);

        Assert.True(alerts.Count >= 2, $"{alerts.Count} alerts");
        Assert.Equal("出租汽车", alerts[0].Key);
        Assert.Equal(From.AddDays(3), alerts[0].Forecast.Day);
        Assert.Contains(alerts, a => a.Key == "城市公交" && a.Forecast.Day == From.AddDays(5));
        Assert.True(alerts.Zip(alerts.Skip(1)).All(p => p.First.Severity >= p.Second.Severity), "ranked by severity");

        var top = alerts[0];
        Assert.Equal(WarningDirection.Rise, top.Direction);
        Assert.Equal("绕路", top.Contributors[0].Key);
        Assert.Single(top.Samples);
        Assert.Contains(("出租汽车", From.AddDays(3)), source.SampleRequests);
        Assert.StartsWith("工单量（类别：出租汽车） 2026-03-04 为 ", top.Explanation, StringComparison.Ordinal);
        Assert.Contains($"预期约 {Math.Round(top.Forecast.Expected)}", top.Explanation, StringComparison.Ordinal);
        Assert.Contains("偏高", top.Explanation, StringComparison.Ordinal);
        Assert.Contains("主要来自 绕路（+", top.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_range_is_refused()
    {
        var service = new WarningService(new FakeSource(), new WarningSettings());

        await Assert.ThrowsAsync<ArgumentException>(() => service.ScanAsync(WarningScope.Standard, From, From, TestContext.Current.CancellationToken));
    }
}
