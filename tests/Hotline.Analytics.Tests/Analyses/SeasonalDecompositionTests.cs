using Hotline.Analytics.Analyses;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Unit")]
public sealed class SeasonalDecompositionTests
{
    private static readonly double[] s_weekly = [30, 20, 10, 0, -10, -20, -30];

    [Fact]
    public void A_linear_trend_plus_a_weekly_pattern_is_taken_apart_exactly()
    {
        var values = Enumerable.Range(0, 70).Select(i => 100 + (2.0 * i) + s_weekly[i % 7]).ToList();
        var positions = Enumerable.Range(0, 70).Select(i => i % 7).ToList();

        var (trend, seasonal) = SeasonalDecomposition.Decompose(values, positions, 7);

        for (var i = 0; i < values.Count; i++)
        {
            Assert.Equal(s_weekly[i % 7], seasonal[i], 9);
            if (i is >= 3 and < 67)
                Assert.Equal(100 + (2.0 * i), trend[i]!.Value, 9);
            else
                Assert.Null(trend[i]);
        }
    }

    [Fact]
    public void An_even_cycle_uses_a_centred_two_by_m_average()
    {
        double[] values = [1, 2, 3, 4, 5, 6];

        var average = SeasonalDecomposition.MovingAverage(values, 4);

        Assert.Equal([null, null, 3.0, 4.0, null, null], average);
    }

    [Fact]
    public void A_series_shorter_than_two_cycles_has_no_seasonal_part()
    {
        var values = Enumerable.Range(0, 10).Select(i => (double)i).ToList();

        var (_, seasonal) = SeasonalDecomposition.Decompose(values, [.. values.Select(v => (int)v % 7)], 7);

        Assert.All(seasonal, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Weeks_start_on_monday_and_months_on_the_first()
    {
        Assert.Equal([new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 2)], TrendAnalysis.Periods(TrendGranularity.Week, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3)));
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)], TrendAnalysis.Periods(TrendGranularity.Month, new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 2)));
    }
}
