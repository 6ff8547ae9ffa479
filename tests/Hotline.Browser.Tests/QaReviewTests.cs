using Hotline.Portal.Tests.Hosting;
using Hotline.Portal.Tests.Qa;
using Hotline.Qa.Hosting;
using Hotline.Qa.Transcription;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// The real platform process and Debian's Chromium: a scored, sampled call waits in QA (put in the platform's data folder with the
/// QA library before it starts); the inspector claims it from the review queue, opens it with the recording's waveform, corrects the
/// closing item with a reason, and sees the corrected score on the scorecard.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QaReviewTests
{
    private const string CallId = "call-browser-qa";

    [Fact]
    public async Task An_inspector_claims_a_sampled_call_and_corrects_a_score()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = PortalSettings.Fresh();
        using (var qa = QaPipeline.Open(settings.DataDir, new TranscriptionSettings(), new QaSettings(), null, TimeProvider.System))
            await QaCallSeed.SeedAsync(qa, settings.DataDir, CallId, queued: true, ct);
        // No QA workers in the platform (as when they run as separate processes): the seeded call stays as scored.
        await using var portal = PortalProcess.Start(settings, new Dictionary<string, string?> { ["Hotline__Qa__Workers"] = "0" });
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        try
        {
            var inspector = await PortalPage.SignInAsync(browser, portal.BaseAddress, "inspector", "demo-inspector");
            await inspector.OpenAsync("/qa");
            await Assertions.Expect(inspector.Page.Locator("[data-testid=qa-review-link]", new() { HasText = CallId })).ToBeVisibleAsync();
            await inspector.ScreenshotAsync("qa-queue");

            await inspector.Page.ClickAsync("[data-testid=qa-claim]");
            await inspector.Page.WaitForURLAsync($"**/qa/calls/{CallId}");
            var form = inspector.Page.Locator("[data-testid=qa-correction]");
            await Assertions.Expect(form).ToBeVisibleAsync();
            // The waveform is drawn from QA's copy of the recording (playback goes through the call's record, which a seeded call has not).
            await Assertions.Expect(inspector.Page.Locator("[data-testid=qa-no-waveform]")).ToHaveCountAsync(0);

            await form.Locator("[data-testid=qa-correction-item]").ClickAsync();
            await inspector.Page.Locator(".mud-popover-open").GetByText("结束语").ClickAsync();
            await inspector.TypeAsync("qa-correction-score", "8");
            await inspector.TypeAsync("qa-correction-reason", "复听确认坐席说了感谢来电，转写漏识别");
            await inspector.Page.ClickAsync("[data-testid=qa-correction-submit]");

            await Assertions.Expect(inspector.Page.Locator("[data-testid=qa-item-corrected]")).ToHaveTextAsync("8");
            await Assertions.Expect(inspector.Page.Locator("[data-testid=qa-corrections]")).ToContainTextAsync("复听确认坐席说了感谢来电");
            await inspector.ScreenshotAsync("qa-correction");
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nportal output:\n{portal.StandardOutput}\n{portal.StandardError}", ex);
        }
    }
}
