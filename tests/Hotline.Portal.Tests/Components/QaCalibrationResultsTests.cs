using Bunit;
using Hotline.Portal.Components.Pages.Qa;
using Hotline.Qa.Calibration;

namespace Hotline.Portal.Tests.Components;

/// <summary>The calibration page's agreement view: kappas computed by the QA analyzer from the session's ratings, read in words, and the session page offering results only when complete.</summary>
[Trait("Category", "Unit")]
public sealed class QaCalibrationResultsTests : QaPageTest
{
    private static readonly CalibrationSession Session = new("cal-1", "投诉类校准", ["c1", "c2", "c3", "c4"], ["inspector", "lead"], DateTimeOffset.UnixEpoch);

    private static CalibrationRating Rating(string inspector, string call, bool greeting, bool closing, double score) =>
        new(inspector, call, new Dictionary<string, bool> { ["greeting"] = greeting, ["closing"] = closing }, score);

    // Two raters who agree on every item and band: every kappa is 1.
    private static CalibrationRating[] Agreeing =>
    [
        Rating("inspector", "c1", true, true, 95), Rating("lead", "c1", true, true, 95),
        Rating("inspector", "c2", true, false, 70), Rating("lead", "c2", true, false, 70),
        Rating("inspector", "c3", false, true, 50), Rating("lead", "c3", false, true, 50),
        Rating("inspector", "c4", false, false, 85), Rating("lead", "c4", false, false, 85),
    ];

    [Fact]
    public void Perfect_agreement_reads_as_kappa_one_almost_perfect()
    {
        var report = new CalibrationAnalyzer(ScoreBands.Default).Analyze(Session, Agreeing);

        var view = Show<CalibrationResults>(p => p.Add(c => c.Report, report)
            .Add(c => c.ItemNames, new Dictionary<string, string> { ["greeting"] = "标准开场白", ["closing"] = "结束语" }));

        var overall = view.Find("[data-testid=qa-kappa-passfail]");
        Assert.Equal("1.000", overall.QuerySelector("[data-testid=kappa]")!.TextContent);
        Assert.Contains("几乎完全一致", overall.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cohen", overall.TextContent, StringComparison.Ordinal);
        Assert.Equal("1.000", view.Find("[data-testid=qa-kappa-bands] [data-testid=kappa]").TextContent);
        var items = view.FindAll("[data-testid=qa-kappa-item]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, t => t.Contains("标准开场白", StringComparison.Ordinal));
    }

    [Fact]
    public void Disagreement_on_one_item_shows_that_items_lower_kappa_first()
    {
        // The lead fails "closing" where the inspector passed it on c1 and c4: closing's kappa falls to 0, greeting stays at 1.
        CalibrationRating[] ratings =
        [
            .. Agreeing.Where(r => !(r.Inspector == "lead" && r.CallId is "c1" or "c4")),
            Rating("lead", "c1", true, false, 95), Rating("lead", "c4", false, true, 85),
        ];
        var report = new CalibrationAnalyzer(ScoreBands.Default).Analyze(Session, ratings);

        var view = Show<CalibrationResults>(p => p.Add(c => c.Report, report)
            .Add(c => c.ItemNames, new Dictionary<string, string> { ["greeting"] = "标准开场白", ["closing"] = "结束语" }));

        var items = view.FindAll("[data-testid=qa-kappa-item]");
        Assert.Contains("结束语", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(report.PerItem[0].Agreement.Kappa.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), items[0].QuerySelector("[data-testid=kappa]")!.TextContent);
        Assert.True(report.PerItem[0].Agreement.Kappa < 0.5, $"closing kappa {report.PerItem[0].Agreement.Kappa}");
        Assert.Equal("1.000", items[1].QuerySelector("[data-testid=kappa]")!.TextContent);
    }

    [Fact]
    public async Task The_session_page_waits_for_every_inspector_then_shows_the_results()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await Qa.Calibrations.CreateAsync(Session, ct);
        foreach (var rating in Agreeing.Where(r => r.Inspector == "inspector"))
            await Qa.Calibrations.RateAsync(Session.Id, rating, ct);

        var pending = Show<CalibrationSessionPage>(p => p.Add(c => c.SessionId, Session.Id));
        pending.WaitForElement("[data-testid=qa-results-pending]", TimeSpan.FromSeconds(30));
        Assert.NotEmpty(pending.FindAll("[data-testid=qa-rating-row]"));

        foreach (var rating in Agreeing.Where(r => r.Inspector == "lead"))
            await Qa.Calibrations.RateAsync(Session.Id, rating, ct);
        var done = Show<CalibrationSessionPage>(p => p.Add(c => c.SessionId, Session.Id));

        done.WaitForAssertion(() => Assert.Equal("1.000", done.Find("[data-testid=qa-kappa-passfail] [data-testid=kappa]").TextContent), TimeSpan.FromSeconds(30));
    }
}
