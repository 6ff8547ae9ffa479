using Hotline.Qa.Calibration;

namespace Hotline.Qa.Tests.Calibration;

[Trait("Category", "Unit")]
public sealed class CalibrationAnalyzerTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static CalibrationRating Rating(string inspector, string call, bool greeting, bool closing, double score) =>
        new(inspector, call, new Dictionary<string, bool> { ["greeting"] = greeting, ["closing"] = closing }, score);

    [Fact]
    public void Two_inspectors_get_cohens_kappa_per_item_and_weighted_kappa_on_bands()
    {
        var session = new CalibrationSession("s1", "校准", ["c1", "c2", "c3", "c4"], ["wang", "li"], Created);
        CalibrationRating[] ratings =
        [
            Rating("wang", "c1", true, true, 95), Rating("li", "c1", true, true, 92),
            Rating("wang", "c2", true, false, 70), Rating("li", "c2", false, false, 72),
            Rating("wang", "c3", false, true, 55), Rating("li", "c3", false, true, 50),
            Rating("wang", "c4", true, true, 85), Rating("li", "c4", true, false, 65),
        ];

        var report = new CalibrationAnalyzer(ScoreBands.Default).Analyze(session, ratings);

        var greeting = report.PerItem.Single(i => i.ItemId == "greeting");
        Assert.Equal("cohen", greeting.Method);
        Assert.Equal(CohensKappa.FromRatings([true, true, false, true], [true, false, false, true]).Kappa, greeting.Agreement.Kappa, 10);
        // Bands: wang 优秀, 合格, 不合格, 良好; li 优秀, 合格, 不合格, 合格.
        Assert.Equal(WeightedKappa.FromRatings([3, 1, 0, 2], [3, 1, 0, 1], 4, KappaWeighting.Quadratic).Kappa, report.Bands.Kappa, 10);
        Assert.Equal(8, report.PassFail.Subjects);
        Assert.Empty(report.Incomplete);
        Assert.True(report.PerItem[0].Agreement.Kappa <= report.PerItem[1].Agreement.Kappa, "weakest item first");
    }

    [Fact]
    public void Three_inspectors_get_fleiss_kappa_and_unfinished_calls_are_listed()
    {
        var session = new CalibrationSession("s2", "校准", ["c1", "c2", "c3"], ["wang", "li", "zhao"], Created);
        CalibrationRating[] ratings =
        [
            Rating("wang", "c1", true, true, 95), Rating("li", "c1", true, true, 92), Rating("zhao", "c1", true, false, 91),
            Rating("wang", "c2", false, false, 50), Rating("li", "c2", false, true, 55), Rating("zhao", "c2", false, false, 40),
            Rating("wang", "c3", true, true, 80),
        ];

        var report = new CalibrationAnalyzer(ScoreBands.Default).Analyze(session, ratings);

        Assert.All(report.PerItem, i => Assert.Equal("fleiss", i.Method));
        var closing = report.PerItem.Single(i => i.ItemId == "closing");
        Assert.Equal(FleissKappa.FromRatings<bool>([[true, true, false], [false, true, false]]).Kappa, closing.Agreement.Kappa, 10);
        Assert.Equal(["c3"], report.Incomplete);
    }

    [Fact]
    public void A_session_nobody_finished_says_so()
    {
        var session = new CalibrationSession("s3", "校准", ["c1"], ["wang", "li"], Created);

        var error = Assert.Throws<InvalidOperationException>(() => new CalibrationAnalyzer(ScoreBands.Default).Analyze(session, [Rating("wang", "c1", true, true, 90)]));
        Assert.Contains("s3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_split_at_their_lower_bounds()
    {
        Assert.Equal(0, ScoreBands.Default.BandOf(59.9));
        Assert.Equal(1, ScoreBands.Default.BandOf(60));
        Assert.Equal(2, ScoreBands.Default.BandOf(80));
        Assert.Equal(3, ScoreBands.Default.BandOf(100));
    }
}
