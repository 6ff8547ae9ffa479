using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>One signed-in browser tab on the portal, with screenshots saved under the test output.</summary>
internal sealed class PortalPage(IPage page, Uri baseAddress)
{
    public IPage Page { get; } = page;

    /// <summary>Where the screenshots go: TestResults/browser under the test's output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");

    public static async Task<PortalPage> SignInAsync(IBrowser browser, Uri baseAddress, string user, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(new Uri(baseAddress, "/account/login").ToString());
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(new Uri(baseAddress, "/").ToString());
        return new PortalPage(page, baseAddress);
    }

    /// <summary>Opens <paramref name="path"/> and waits until its circuit is interactive (clicks before that would be lost).</summary>
    public async Task OpenAsync(string path)
    {
        await Page.GotoAsync(new Uri(baseAddress, path).ToString());
        await Page.Locator("[data-testid=circuit-ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>The input or text area tagged <paramref name="testId"/>: MudBlazor puts the test id on the element itself or on its wrapper, depending on the component.</summary>
    public ILocator Field(string testId) =>
        Page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Types <paramref name="text"/> into the field and leaves it: the field sends its value on change, so leaving commits the edit before a button is clicked.</summary>
    public async Task TypeAsync(string testId, string text)
    {
        var field = Field(testId);
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
