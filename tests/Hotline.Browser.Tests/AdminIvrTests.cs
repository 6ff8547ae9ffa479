using System.Text.RegularExpressions;
using Hotline.Portal.Tests.Hosting;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// The real platform process and Debian's Chromium: the administrator opens the IVR flows, edits the 12328 menu's invalid-input prompt,
/// is shown the JSON error of a broken edit, fixes it, saves, and the reloaded page shows the saved change as the next version;
/// then the system-health, queue and business-hours pages are opened for their screenshots.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AdminIvrTests
{
    private const string OldPrompt = "您的输入有误，请重新选择。";
    private const string NewPrompt = "输入有误，请您重新按键选择。";

    [Fact]
    public async Task An_admin_edits_the_demo_flow_with_validation_and_the_change_is_kept()
    {
        var settings = PortalSettings.Fresh();
        await using var portal = PortalProcess.Start(settings);
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        try
        {
            var admin = await PortalPage.SignInAsync(browser, portal.BaseAddress, "admin", "demo-admin");
            await admin.OpenAsync("/admin/ivr");
            await Assertions.Expect(admin.Page.Locator("[data-testid=ivr-version-12328]")).ToHaveTextAsync("1");
            await admin.ScreenshotAsync("admin-ivr-flows");

            await admin.OpenAsync("/admin/ivr/12328");
            var editor = admin.Field("ivr-json");
            await Assertions.Expect(editor).ToHaveValueAsync(new Regex(Regex.Escape(OldPrompt)));
            var original = await editor.InputValueAsync();

            // A cut-off document: the editor refuses it with the parser's position.
            await admin.TypeAsync("ivr-json", original[..(original.Length / 2)]);
            await admin.Page.ClickAsync("[data-testid=ivr-validate]");
            await Assertions.Expect(admin.Page.Locator("[data-testid=ivr-errors]")).ToContainTextAsync("JSON 格式错误");
            await admin.ScreenshotAsync("admin-ivr-invalid");

            await admin.TypeAsync("ivr-json", original.Replace(OldPrompt, NewPrompt, StringComparison.Ordinal));
            await admin.Page.ClickAsync("[data-testid=ivr-validate]");
            await Assertions.Expect(admin.Page.Locator("[data-testid=ivr-summary]")).ToContainTextAsync("校验通过");
            await Assertions.Expect(admin.Page.Locator("[data-testid=ivr-errors]")).ToHaveCountAsync(0);
            await admin.Page.ClickAsync("[data-testid=ivr-save]");
            await Assertions.Expect(admin.Page.Locator("[data-testid=ivr-summary]")).ToContainTextAsync("已保存为第 2 版");

            await admin.OpenAsync("/admin/ivr/12328");
            await Assertions.Expect(admin.Field("ivr-json")).ToHaveValueAsync(new Regex(Regex.Escape(NewPrompt)));
            await Assertions.Expect(admin.Field("ivr-json")).Not.ToHaveValueAsync(new Regex(Regex.Escape(OldPrompt)));
            await admin.ScreenshotAsync("admin-ivr-saved");
            await admin.OpenAsync("/admin/ivr");
            await Assertions.Expect(admin.Page.Locator("[data-testid=ivr-version-12328]")).ToHaveTextAsync("2");

            // The other administration pages, for the screenshots: they render their live data.
            await admin.OpenAsync("/admin/health");
            await Assertions.Expect(admin.Page.Locator("[data-testid=health-state-silo]")).ToHaveTextAsync("正常");
            await admin.ScreenshotAsync("admin-health");
            await admin.OpenAsync("/admin/queues");
            await Assertions.Expect(admin.Page.Locator("[data-testid=queue-edit-complaints]")).ToBeVisibleAsync();
            await admin.ScreenshotAsync("admin-queues");
            await admin.OpenAsync("/admin/numbers");
            await Assertions.Expect(admin.Page.Locator("[data-testid=service-number-version-12328]")).ToHaveTextAsync("2");
            await admin.ScreenshotAsync("admin-numbers");
            await admin.OpenAsync("/admin/skills");
            await Assertions.Expect(admin.Page.Locator("[data-testid=skills-of-8001]")).ToContainTextAsync("complaint 5 级");
            await admin.ScreenshotAsync("admin-skills");
            await admin.OpenAsync("/admin/hours");
            await Assertions.Expect(admin.Page.Locator("[data-testid=hours-state]")).ToBeVisibleAsync();
            await admin.ScreenshotAsync("admin-hours");
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nportal output:\n{portal.StandardOutput}\n{portal.StandardError}", ex);
        }
    }
}
