using Hotline.Grains.Abstractions.People;
using AngleSharp.Dom;
using Bunit;
using Hotline.Portal.Components.Pages.Qa;
using Hotline.Portal.Identity;
using Hotline.Qa.Review;
using Hotline.Qa.Transcription;
using MudBlazor;

namespace Hotline.Portal.Tests.Components;

/// <summary>The call review page on the real QA stores: the two-channel transcript, the waveform computed from the WAV, evidence that seeks,
/// corrections refused without a reason and audited with one, and the banner shown while no speech model is configured.</summary>
[Trait("Category", "Unit")]
public sealed class QaCallReviewTests : QaPageTest
{
    private const string CallId = "call-qa-1";

    private static IElement Field(IRenderedComponent<CallReviewPage> page, string id) =>
        page.Find($"[data-testid={id}] input, [data-testid={id}] textarea, input[data-testid={id}], textarea[data-testid={id}]");

    private async Task<IRenderedComponent<CallReviewPage>> ShowCallAsync(bool claim = true)
    {
        await SeedCallAsync(CallId);
        if (claim)
            Assert.Equal(CallId, (await Qa.Reviews.ClaimNextAsync(Inspector, Xunit.TestContext.Current.CancellationToken))?.CallId);
        var page = Show<CallReviewPage>(p => p.Add(c => c.CallId, CallId));
        page.WaitForElement("[data-testid=qa-transcript]", TimeSpan.FromSeconds(30));
        return page;
    }

    [Fact]
    public async Task The_transcript_shows_each_channel_on_its_own_side_in_call_order()
    {
        var page = await ShowCallAsync();

        var caller = page.FindAll("[data-testid=qa-segment-caller]").Select(e => e.TextContent).ToList();
        var agent = page.FindAll("[data-testid=qa-segment-agent]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, caller.Count);
        Assert.Equal(2, agent.Count);
        Assert.Contains("我要投诉出租车绕路", caller[0], StringComparison.Ordinal);
        Assert.Contains("来电人", caller[0], StringComparison.Ordinal);
        Assert.Contains("12328 很高兴为您服务", agent[0], StringComparison.Ordinal);
        Assert.Contains("坐席", agent[0], StringComparison.Ordinal);
        var starts = page.FindAll("[data-testid^=qa-segment-]").Select(e => e.GetAttribute("data-start")).ToList();
        Assert.Equal(["0.2", "1.6", "2.5", "3.1"], starts);
    }

    [Fact]
    public async Task The_waveform_is_drawn_from_the_recording_with_the_caller_loud_first_and_the_agent_second()
    {
        var page = await ShowCallAsync();

        var peaks = await RecordingWaveform.LoadAsync(Qa, CallId, Xunit.TestContext.Current.CancellationToken);
        Assert.NotNull(peaks);
        Assert.Equal(4, peaks.Duration, 3);
        Assert.Equal(RecordingWaveform.Peaks, peaks.Caller.Count);
        Assert.True(peaks.Caller[10] > 0.4 && peaks.Agent[10] == 0, $"first half: caller {peaks.Caller[10]}, agent {peaks.Agent[10]}");
        Assert.True(peaks.Agent[^10] > 0.4 && peaks.Caller[^10] == 0, $"second half: caller {peaks.Caller[^10]}, agent {peaks.Agent[^10]}");
        Assert.NotEmpty(page.Find("[data-testid=qa-waveform-caller]").GetAttribute("d")!);
        Assert.NotEmpty(page.Find("[data-testid=qa-waveform-agent]").GetAttribute("d")!);
    }

    [Fact]
    public async Task Clicking_evidence_seeks_the_player_to_its_span_and_highlights_that_segment()
    {
        var player = JSInterop.SetupModule("./js/qa-player.js");
        player.SetupVoid("attach", _ => true);
        player.SetupVoid("seek", _ => true);
        var page = await ShowCallAsync();

        var closing = page.FindAll("[data-testid=qa-item]").Single(row => row.GetAttribute("data-item") == "closing");
        closing.QuerySelector("[data-testid=qa-evidence]")!.Click();

        page.WaitForAssertion(() => Assert.Equal(3.1, (double)Assert.Single(player.Invocations, i => i.Identifier == "seek").Arguments[1]!, 3), TimeSpan.FromSeconds(30));
        var active = page.FindAll("[data-testid^=qa-segment-][data-active=true]");
        Assert.Contains("我已为您记录", Assert.Single(active).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_a_transcript_segment_seeks_to_its_start()
    {
        var player = JSInterop.SetupModule("./js/qa-player.js");
        player.SetupVoid("attach", _ => true);
        player.SetupVoid("seek", _ => true);
        var page = await ShowCallAsync();

        page.FindAll("[data-testid=qa-segment-caller]")[1].Click();

        page.WaitForAssertion(() => Assert.Equal(2.5, (double)Assert.Single(player.Invocations, i => i.Identifier == "seek").Arguments[1]!, 3), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_in_Chinese_and_nothing_changes()
    {
        var page = await ShowCallAsync();

        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("closing"));
        Field(page, "qa-correction-score").Change("5");
        page.Find("[data-testid=qa-correction-submit]").Click();

        Assert.Contains("请填写更正原因", page.Find("[data-testid=qa-correction-error]").TextContent, StringComparison.Ordinal);
        var review = await Qa.Reviews.GetAsync(CallId, Xunit.TestContext.Current.CancellationToken);
        Assert.Empty(review!.Corrections);
        Assert.Equal(0, review.ItemScores["closing"]);
    }

    [Fact]
    public async Task A_correction_beyond_the_items_points_is_refused_naming_the_range()
    {
        var page = await ShowCallAsync();

        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("closing"));
        Field(page, "qa-correction-score").Change("12");
        Field(page, "qa-correction-reason").Change("坐席说了“感谢来电”");
        page.Find("[data-testid=qa-correction-submit]").Click();

        Assert.Contains("得分须在 0 到 10 之间", page.Markup, StringComparison.Ordinal);
        Assert.Empty((await Qa.Reviews.GetAsync(CallId, Xunit.TestContext.Current.CancellationToken))!.Corrections);
    }

    [Fact]
    public async Task A_correction_with_a_reason_changes_the_item_and_is_audited_as_a_score_change()
    {
        var audit = await AuditAsync();
        var page = await ShowCallAsync();

        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("closing"));
        Field(page, "qa-correction-score").Change("8");
        Field(page, "qa-correction-reason").Change("坐席说了“感谢来电”，转写漏识别");
        await page.Find("[data-testid=qa-correction-submit]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=qa-item-corrected]") is [var shown] && shown.TextContent.Trim() == "8",
            page.Find("[data-testid=qa-scorecard]").TextContent + " / " + page.Find("[data-testid=qa-correction]").TextContent), TimeSpan.FromSeconds(30));
        var correction = Assert.Single((await Qa.Reviews.GetAsync(CallId, Xunit.TestContext.Current.CancellationToken))!.Corrections);
        Assert.Equal(("closing", 0.0, 8.0, Inspector), (correction.ItemId, correction.Previous, correction.Corrected, correction.By));
        var entry = Assert.Single(await audit.LatestAsync(10, Xunit.TestContext.Current.CancellationToken));
        Assert.Equal((AuditAction.ScoreChange, CallId, Inspector), (entry.Action, entry.Target, entry.Actor));
        Assert.Contains("closing", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_nobody_claimed_offers_no_correction_form()
    {
        var page = await ShowCallAsync(claim: false);

        Assert.Empty(page.FindAll("[data-testid=qa-correction]"));
        Assert.Empty(page.FindAll("[data-testid=qa-complete]"));
    }

    [Fact]
    public async Task The_claiming_inspector_completes_the_review_and_the_result_enters_the_agents_archive()
    {
        var archive = await ArchiveAsync();
        var page = await ShowCallAsync();

        page.Find("[data-testid=qa-complete]").Click();

        page.WaitForAssertion(() => Assert.Contains("复核已完成", page.Find("[data-testid=qa-message]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var review = (await Qa.Reviews.GetAsync(CallId, Xunit.TestContext.Current.CancellationToken))!;
        Assert.Equal(ReviewStatus.Reviewed, review.Status);
        var entry = Assert.Single(await archive.GetTimelineAsync(PeopleActor.System, "8001", Xunit.TestContext.Current.CancellationToken));
        // The seeded card: greeting 10 of 10, closing 0 of 10.
        Assert.Equal((ArchiveEntryKind.Qa, CallId, 50.0), (entry.Kind, entry.Reference, entry.Score));
    }

    [Fact]
    public async Task Without_a_speech_model_the_page_says_so_plainly()
    {
        var page = await ShowCallAsync();

        Assert.False(Qa.ModelStatus.Available);
        Assert.Contains("未配置语音识别模型", page.Find("[data-testid=qa-model-banner]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_loaded_model_there_is_no_banner()
    {
        var banner = Show<QaModelBanner>(p => p.Add(c => c.Status, WhisperModelStatus.Ready));

        Assert.Empty(banner.FindAll("[data-testid=qa-model-banner]"));
    }
}
