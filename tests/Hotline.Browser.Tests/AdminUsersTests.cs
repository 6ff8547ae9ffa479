using Hotline.Portal.Tests.Hosting;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// The real platform process and Debian's Chromium: the administrator creates an account at /admin/users, is first told in Chinese that the
/// initial password is too short, then creates it as a trainer; the new account signs in with that password, reaches /training and is refused
/// the administration; the audit log lists the creation.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AdminUsersTests
{
    [Fact]
    public async Task An_admin_creates_a_trainer_who_then_signs_in_with_the_initial_password()
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
            await admin.OpenAsync("/admin/users");
            await admin.TypeAsync("new-user-name", "trainer2");
            await admin.TypeAsync("new-user-display", "培训员 二");
            await admin.TypeAsync("new-user-password", "abc");
            await admin.Field("new-user-role-trainer").CheckAsync(new LocatorCheckOptions { Force = true });
            await admin.Page.ClickAsync("[data-testid=new-user-create]");
            await Assertions.Expect(admin.Page.Locator("[data-testid=admin-message]")).ToContainTextAsync("密码：至少需要 6 个字符");
            await admin.ScreenshotAsync("admin-users-refused");

            await admin.TypeAsync("new-user-password", "start-trainer2");
            await admin.Page.ClickAsync("[data-testid=new-user-create]");
            await Assertions.Expect(admin.Page.Locator("[data-testid=admin-message]")).ToContainTextAsync("已创建用户“trainer2”");
            await Assertions.Expect(admin.Page.Locator("[data-testid=role-trainer2-trainer]")).ToBeVisibleAsync();
            await admin.ScreenshotAsync("admin-users-created");

            var trainer = await PortalPage.SignInAsync(browser, portal.BaseAddress, "trainer2", "start-trainer2");
            await trainer.OpenAsync("/training");
            Assert.EndsWith("/training", trainer.Page.Url, StringComparison.Ordinal);
            await trainer.Page.GotoAsync(new Uri(portal.BaseAddress, "/admin/users").ToString());
            Assert.Contains("/account/denied", trainer.Page.Url, StringComparison.Ordinal);

            await admin.OpenAsync("/admin/audit");
            await Assertions.Expect(admin.Page.Locator("[data-testid=audit-table]")).ToContainTextAsync("创建用户");
            await Assertions.Expect(admin.Page.Locator("[data-testid=audit-table]")).ToContainTextAsync("trainer2");
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nportal output:\n{portal.StandardOutput}\n{portal.StandardError}", ex);
        }
    }
}
