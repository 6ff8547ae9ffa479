using System.Globalization;
using Hotline.Qa.Calibration;
using Hotline.Qa.Review;
using Hotline.Reports.Sources;
using Hotline.Reports.Tests.Pdf;

namespace Hotline.Reports.Tests.Sources;

/// <summary>
/// The QA summary with everything filled: item pass rates from the generated history's item events (checked against LINQ), and a
/// calibration session and a typical case from a QA data folder read through <see cref="QaStoreDetails"/>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QaSummaryDetailsTests(ReportHistoryFixture history, ReportWriterFixture writer) : IDisposable
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly DateOnly From = new(2026, 10, 5);
    private static readonly DateOnly To = new(2026, 10, 11);
    private static readonly DateTimeOffset InTheWeek = new(2026, 10, 7, 15, 0, 0, TimeSpan.FromHours(8));
    private readonly string _qaFolder = Directory.CreateTempSubdirectory("hotline-reports-qa-").FullName;

    public void Dispose() => Directory.Delete(_qaFolder, recursive: true);

    private async Task<PdfText> GenerateAsync(IQaDetailsSource? details, string name)
    {
        var generator = new ReportGenerator(await history.EngineAsync(), ReportHistoryFixture.Database, writer.Writer, ReportSettings.From(new ReportsOptions()),
            qaDetails: details);
        var report = await generator.GenerateAsync(new ReportRequest(ReportKind.Qa, From, To), TestContext.Current.CancellationToken);
        await ReportPages.KeepAsync(report.Pdf, name, TestContext.Current.CancellationToken);
        Assert.True(report.HasData);
        return PdfText.Read(report.Pdf);
    }

    [Fact]
    public async Task Item_pass_rates_in_the_pdf_equal_counting_the_item_events()
    {
        var text = await GenerateAsync(null, "qa-items-2026-10-05");

        var expected = new ExpectedFigures(await history.EventsAsync()).QaItemPassRates(From, To);
        Assert.Equal(11, expected.Count);
        foreach (var (item, (judged, passed)) in expected)
        {
            // One table row: item, checked, passed, pass rate.
            var row = $"{item}{judged.ToString("N0", Chinese)}{passed.ToString("N0", Chinese)}{((double)passed / judged).ToString("0.0%", Chinese)}";
            Assert.True(text.Contains(row), $"row {row} should be printed: {text.All}");
        }
    }

    [Fact]
    public async Task Without_the_qa_folder_the_summary_still_builds_and_says_what_it_lacks()
    {
        var text = await GenerateAsync(null, "qa-no-details-2026-10-05");

        Assert.True(text.Contains("未接入质检数据目录"), text.All);
        Assert.True(text.Contains("本期未开展校准"), text.All);
        Assert.True(text.Contains("坐席尚未划分班组"), text.All);
        Assert.False(text.Contains("待质检模块提供后补充"), text.All);
    }

    [Fact]
    public async Task A_calibration_session_and_a_typical_case_of_the_week_are_listed()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var store = new CalibrationStore(Path.Combine(_qaFolder, "calibration")))
        {
            await store.CreateAsync(new CalibrationSession("cal-1", "十月第一周投诉类校准", ["c1", "c2"], ["wang", "li"], InTheWeek), ct);
            // Six (call, item) decisions: five alike; wang passes 4 of 6, li 3 of 6 → kappa (5/6 − 1/2) / (1 − 1/2) = 0.67.
            await store.RateAsync("cal-1", new CalibrationRating("wang", "c1", Items(true, true, true), 90), ct);
            await store.RateAsync("cal-1", new CalibrationRating("li", "c1", Items(true, true, false), 80), ct);
            await store.RateAsync("cal-1", new CalibrationRating("wang", "c2", Items(false, true, false), 70), ct);
            await store.RateAsync("cal-1", new CalibrationRating("li", "c2", Items(false, true, false), 76), ct);
            await store.CreateAsync(new CalibrationSession("cal-old", "九月校准", ["c9"], ["wang", "li"], InTheWeek.AddDays(-20)), ct);
        }

        var scored = new ExpectedFigures(await history.EventsAsync()).QaScores(From, To)[0];
        var reviews = new JsonReviewStore(_qaFolder);
        await reviews.SaveCaseAsync(new TypicalCase("case-1", scored.CallId, "耐心解释出租车计价规则", TypicalCaseKind.Good, ["计价"], "注意安抚语气", "inspector", InTheWeek), ct);
        await reviews.SaveCaseAsync(new TypicalCase("case-2", scored.CallId, "已撤回的案例", TypicalCaseKind.Bad, [], "", "inspector", InTheWeek) { Active = false }, ct);

        var text = await GenerateAsync(new QaStoreDetails(_qaFolder), "qa-details-2026-10-05");

        Assert.True(text.Contains("一致性κ"), "the column should say the agreement is a kappa: " + text.All);
        Assert.True(text.Contains("十月第一周投诉类校准20.675.0"), text.All);
        Assert.False(text.Contains("九月校准"), text.All);
        var score = (scored.Score / scored.MaxScore * 100).ToString("0.0", Chinese);
        Assert.True(text.Contains($"{scored.CallId}{scored.AgentId}{score}"), $"the case's call {scored.CallId}, agent and score {score}: {text.All}");
        Assert.True(text.Contains("耐心解释出租车计价规则：注意安抚语气"), text.All);
        Assert.False(text.Contains("已撤回的案例"), text.All);
        Assert.False(text.Contains("未接入质检数据目录"), text.All);
    }

    private static Dictionary<string, bool> Items(bool greeting, bool identity, bool closing) =>
        new(StringComparer.Ordinal) { ["greeting"] = greeting, ["identity"] = identity, ["closing"] = closing };
}
