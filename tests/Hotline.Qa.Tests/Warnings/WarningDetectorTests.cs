using Hotline.Analytics.Analyses;
using Hotline.Qa.Warnings;

namespace Hotline.Qa.Tests.Warnings;

/// <summary>Warnings on generated series with anomalies injected on known days: precision, recall and explanations.</summary>
[Trait("Category", "Unit")]
public sealed class WarningDetectorTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private const int HistoryDays = 760;
    private const int EvaluatedDays = 120;

    private static WarningSeries Series(double[] values, Dictionary<string, IReadOnlyList<double>>? parts = null) =>
        new(AnalyticsMeasure.Tickets, AnalyticsDimension.Category, "出租汽车", Start, values, parts ?? []);

    [Fact]
    public void Injected_anomalies_are_found_with_high_precision_and_recall()
    {
        int truePositives = 0, falsePositives = 0, injected = 0;
        foreach (var (seed, level) in new[] { (1, 12.0), (2, 40.0), (3, 150.0), (4, 400.0), (5, 25.0) })
        {
            var generator = new GeneratedSeries(seed);
            var values = generator.Series(level, Start, HistoryDays + EvaluatedDays);
            var days = generator.Days(HistoryDays, HistoryDays + EvaluatedDays, 8);
            foreach (var day in days)
            {
                // Rises of 5–9 Poisson deviations (at least 8 counts), and drops of the same size where the count is large
                // enough to drop that far: clear to a reader, invisible to a fixed threshold.
                var mean = GeneratedSeries.Mean(level, Start, day);
                var shift = Math.Max(8, generator.Between(5, 9) * Math.Sqrt(mean));
                values[day] = day % 3 == 0 && mean - shift > 0.2 * mean ? Math.Round(mean - shift) : Math.Round(mean + shift);
            }

            var from = Start.AddDays(HistoryDays);
            var found = new WarningDetector(new WarningSettings(MinimumExcess: 5)).Detect(Series(values), from, from.AddDays(EvaluatedDays));
            var expectedDays = days.Select(d => Start.AddDays(d)).ToHashSet();
            injected += expectedDays.Count;
            truePositives += found.Count(f => expectedDays.Contains(f.Forecast.Day));
            falsePositives += found.Count(f => !expectedDays.Contains(f.Forecast.Day));
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)injected;
        TestContext.Current.TestOutputHelper?.WriteLine($"warnings: {injected} injected, {truePositives} found, {falsePositives} false alarms; precision {precision:F2}, recall {recall:F2}");
        Assert.True(precision >= 0.8, $"precision {precision:F2} ({truePositives} true, {falsePositives} false)");
        Assert.True(recall >= 0.8, $"recall {recall:F2} ({truePositives} of {injected})");
    }

    [Fact]
    public void A_quiet_series_raises_nothing()
    {
        var values = new GeneratedSeries(11).Series(60, Start, HistoryDays + EvaluatedDays);
        var from = Start.AddDays(HistoryDays);

        var found = new WarningDetector(new WarningSettings()).Detect(Series(values), from, from.AddDays(EvaluatedDays));

        Assert.True(found.Count <= 1, $"{found.Count} alarms on a series with no anomaly: {string.Join(", ", found.Select(f => f.Forecast.Day))}");
    }

    [Fact]
    public void The_yearly_season_is_learned_so_the_summer_peak_is_not_an_alarm()
    {
        // A strong yearly wave (±60 %): without the yearly offsets the band would lag the seasonal rise and fire repeatedly.
        var generator = new GeneratedSeries(21);
        var values = Enumerable.Range(0, HistoryDays + EvaluatedDays)
            .Select(i => generator.Poisson(GeneratedSeries.Mean(50, Start, i) * (1 + (0.6 * Math.Sin(2 * Math.PI * (Start.AddDays(i).DayOfYear - 80) / 365.25)))))
            .ToArray();
        var from = Start.AddDays(HistoryDays);

        var found = new WarningDetector(new WarningSettings()).Detect(Series(values), from, from.AddDays(EvaluatedDays));

        Assert.True(found.Count <= 2, $"{found.Count} alarms on a purely seasonal series");
    }

    [Fact]
    public void A_holiday_week_that_recurs_every_year_is_expected_in_the_third_year()
    {
        // 国庆 golden week at 2.5× every year: after two years the week-of-year offsets have learned most of it (the robust
        // update clips what it learns from out-of-band days); a model without them alarms on most of its days.
        var start = new DateOnly(2023, 1, 1);
        var generator = new GeneratedSeries(22);
        var values = Enumerable.Range(0, new DateOnly(2025, 12, 31).DayNumber - start.DayNumber)
            .Select(i => (Day: start.AddDays(i), Mean: GeneratedSeries.Mean(40, start, i)))
            .Select(d => generator.Poisson(d.Day.Month == 10 && d.Day.Day <= 7 ? 2.5 * d.Mean : d.Mean))
            .ToArray();
        var series = new WarningSeries(AnalyticsMeasure.Calls, AnalyticsDimension.None, "", start, values, new Dictionary<string, IReadOnlyList<double>>());
        var goldenWeek = new DateOnly(2025, 10, 1);

        var found = new WarningDetector(new WarningSettings()).Detect(series, goldenWeek, goldenWeek.AddDays(7));
        var parameters = HoltWintersFitter.Fit(start, [.. values.Take(goldenWeek.DayNumber - start.DayNumber)]);
        var withoutYearly = new DoubleSeasonalHoltWinters(parameters with { YearlyGamma = 0 }).Run(start, values)
            .Count(p => p.Day >= goldenWeek && p.Day < goldenWeek.AddDays(7) && p.OutsideBand);

        Assert.True(parameters.YearlyGamma > 0, "two years of history should switch the yearly offsets on");
        Assert.True(found.Count <= 2, $"{found.Count} alarms in a golden week seen twice before");
        Assert.True(withoutYearly >= 5, $"without yearly offsets only {withoutYearly} golden-week days alarm: the test series is too weak to show anything");
    }

    [Fact]
    public void The_sub_category_that_spiked_is_named_first()
    {
        var generator = new GeneratedSeries(31);
        var days = HistoryDays + EvaluatedDays;
        var detour = generator.Series(20, Start, days);
        var refusal = generator.Series(12, Start, days);
        var attitude = generator.Series(8, Start, days);
        var spike = HistoryDays + 40;
        detour[spike] += 45;
        refusal[spike] += 4;
        var total = Enumerable.Range(0, days).Select(i => detour[i] + refusal[i] + attitude[i]).ToArray();
        var parts = new Dictionary<string, IReadOnlyList<double>> { ["绕路"] = detour, ["拒载"] = refusal, ["服务态度"] = attitude };
        var from = Start.AddDays(HistoryDays);

        var found = new WarningDetector(new WarningSettings()).Detect(Series(total, parts), from, from.AddDays(EvaluatedDays));

        var alert = Assert.Single(found, f => f.Forecast.Day == Start.AddDays(spike));
        Assert.Equal("绕路", alert.Contributors[0].Key);
        Assert.True(alert.Contributors[0].Share > 0.6, $"绕路 carries {alert.Contributors[0].Share:P0} of the excess");
        Assert.DoesNotContain(alert.Contributors, c => c.Actual < c.Expected);
    }

    [Fact]
    public void One_incident_does_not_lift_the_baseline_for_the_days_after()
    {
        var values = new GeneratedSeries(41).Series(30, Start, HistoryDays + EvaluatedDays);
        var spike = HistoryDays + 10;
        for (var d = spike; d < spike + 3; d++)
            values[d] += 200;
        var model = new DoubleSeasonalHoltWinters(new HoltWintersParameters(0.2, 0.02, 0.1, 0.2));

        var points = model.Run(Start, values).ToDictionary(p => p.Day);

        var before = points[Start.AddDays(spike)]; // made the evening before the incident
        var after = points[Start.AddDays(spike + 7)];
        Assert.True(after.Expected < GeneratedSeries.Mean(30, Start, spike + 7) * 1.5, $"a week after the incident the forecast is {after.Expected:F1}");
        Assert.True(after.Spread(3) < before.Spread(3) * 1.3, $"the band widened from {before.Spread(3):F1} to {after.Spread(3):F1}");
    }

    [Fact]
    public void Too_short_a_history_is_refused_with_its_length()
    {
        var error = Assert.Throws<ArgumentException>(() => new DoubleSeasonalHoltWinters(new HoltWintersParameters(0.1, 0, 0.1, 0)).Run(Start, new double[10]));

        Assert.Contains("has 10", error.Message, StringComparison.Ordinal);
    }
}
