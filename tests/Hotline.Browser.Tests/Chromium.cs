using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>Debian's Chromium through Playwright (headless); Playwright's own browser download is never used.</summary>
internal static class Chromium
{
    /// <summary>Where ./hotline setup installs it.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./hotline setup (it installs Debian's chromium for the browser tests).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }
}
