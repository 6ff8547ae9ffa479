using System.IO.Compression;
using System.Text;
using Hotline.Portal.Tests.Hosting;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// The real platform with two years of simulated history (the platform's own <c>simulate history</c> command on its data folder) and Debian's Chromium:
/// an analyst filters the 同比/环比 dashboard by region, exports it to Excel, opens the hotspot tab with its region × category map, and drills down to the
/// tickets of a hotspot.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DashboardTests
{
    // Analytics reads on a loaded 2-core machine can take seconds; the default 5 s would fail a working page.
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task An_analyst_filters_the_comparison_exports_it_and_drills_down_from_a_hotspot()
    {
        var settings = PortalSettings.Fresh();
        await using (var simulate = PortalProcess.RunCommand(settings, "simulate", "history", "--years", "2", "--calls-per-day", "40"))
        {
            var exit = await simulate.WaitForExitAsync(TimeSpan.FromMinutes(5));
            Assert.True(exit == 0, $"simulate history exited with {exit}:\n{simulate.StandardOutput}\n{simulate.StandardError}");
        }

        await using var portal = PortalProcess.Start(settings);
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        try
        {
            var analyst = await PortalPage.SignInAsync(browser, portal.BaseAddress, "analyst", "demo-analyst");
            await analyst.OpenAsync("/dashboards");
            var page = analyst.Page;
            await Assertions.Expect(page.Locator("[data-testid=comparison] [data-testid=line]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

            // Break the same month down by region instead of category.
            await BreakDownByRegionAsync(page);
            var firstRegion = (await page.Locator("[data-testid=comparison] [data-testid=line] td").First.InnerTextAsync()).Trim();
            Assert.EndsWith("区", firstRegion, StringComparison.Ordinal);
            await analyst.ScreenshotAsync("dashboard-comparison");

            // The export is the table on screen: the file is a workbook that holds the region the page listed first.
            var export = await page.Locator("[data-testid=export]").GetAttributeAsync("href");
            Assert.Contains("dimension=Region", export, StringComparison.Ordinal);
            var download = await page.Context.APIRequest.GetAsync(new Uri(portal.BaseAddress, export).ToString());
            Assert.Equal(200, download.Status);
            Assert.Contains(firstRegion, WorkbookText(await download.BodyAsync()), StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Tab, new() { Name = "热点分析" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=crosstab]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("[data-testid=hotspot-volume] [data-testid=hotspot]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await analyst.ScreenshotAsync("dashboard-hotspots");

            await page.Locator("[data-testid=hotspot-volume] [data-testid=drill]").First.ClickAsync();
            await page.WaitForURLAsync("**/tickets?category=*");
            await Assertions.Expect(page.Locator("[data-testid=ticket-total]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("[data-testid=ticket-address-unread]")).ToHaveCountAsync(0);
            await analyst.ScreenshotAsync("dashboard-drill-down");
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nportal output:\n{portal.StandardOutput}\n{portal.StandardError}", ex);
        }
    }

    // Under a loaded suite run the tab's panel can be rendered again after the circuit is ready, taking a choice made just before with it;
    // the choice is made again (at most three times) until the table shows it. The table must show it in the end.
    private static async Task BreakDownByRegionAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("[data-testid=dimension]").ClickAsync();
            await page.Locator(".mud-popover-open").GetByText("区域", new() { Exact = true }).ClickAsync();
            await page.ClickAsync("[data-testid=show]");
            try
            {
                await Assertions.Expect(page.Locator("[data-testid=comparison] thead th").First).ToHaveTextAsync("区域", Slow);
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    // Every XML part of the .xlsx, concatenated (strings may sit in the sheet or in the shared-strings part).
    private static string WorkbookText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
