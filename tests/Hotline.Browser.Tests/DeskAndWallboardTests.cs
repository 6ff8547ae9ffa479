using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Portal.Tests.ContactCentre;
using Hotline.Portal.Tests.Hosting;
using Hotline.Telephony.Tests.Peers;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// The real platform process, a real SIP call and Debian's Chromium: agent 8001 signs in and goes ready on the desk, a
/// sipp citizen calls 12328 and presses 1, the call rings the agent's baresip phone and the desk pops the caller with the
/// caller's earlier ticket without a reload; the agent files a ticket; a supervisor's wallboard follows the agent's state live.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DeskAndWallboardTests
{
    private const string Caller = "13800138000";

    [Fact]
    public async Task Agent_goes_ready_a_real_call_pops_on_the_desk_and_the_wallboard_follows_live()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = PortalSettings.Fresh();
        AlwaysOpenFlow.WriteTo(settings.DataDir);
        // baresip 1.0 answers MD5 digest challenges only.
        await using var portal = PortalProcess.Start(settings, new Dictionary<string, string?> { ["Hotline__Sip__DigestAlgorithms__0"] = "MD5" });
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        var earlier = await FileEarlierTicketAsync(portal.BaseAddress, ct);
        await using var phone = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", settings.SipPort, AnswerMode: "auto"));
        await phone.WaitForEventAsync("REGISTER_OK");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        try
        {
            var supervisor = await PortalPage.SignInAsync(browser, portal.BaseAddress, "supervisor", "demo-supervisor");
            await supervisor.OpenAsync("/wallboard");
            var agentOnWallboard = supervisor.Page.Locator("[data-testid=agent-8001] [data-testid=state]");
            await Assertions.Expect(agentOnWallboard).ToHaveAttributeAsync("data-status", "LoggedOut");

            var agent = await PortalPage.SignInAsync(browser, portal.BaseAddress, "8001", "demo-8001");
            await agent.OpenAsync("/desk");
            // A reload would drop this marker: the pop must arrive by push.
            await agent.Page.EvaluateAsync("() => window.__noReload = true");
            await agent.Page.ClickAsync("[data-testid=login]");
            await agent.Page.ClickAsync("[data-testid=ready]");
            await Assertions.Expect(agent.Page.Locator("[data-testid=agent-status]")).ToHaveAttributeAsync("data-status", "Ready");
            await Assertions.Expect(agentOnWallboard).ToHaveAttributeAsync("data-status", "Ready");
            await agent.ScreenshotAsync("desk-ready");

            var call = Sipp.RunAsync(
                Path.Combine(AppContext.BaseDirectory, "TestData", "sipp", "caller-presses-1.xml"),
                $"127.0.0.1:{settings.SipPort}", ["-s", "12328", "-m", "1", "-mp", LoopbackPorts.Next().ToString(CultureInfo.InvariantCulture)],
                TimeSpan.FromSeconds(60));

            await Assertions.Expect(agent.Page.Locator("[data-testid=pop-caller]")).ToContainTextAsync(Caller, new() { Timeout = 60_000 });
            await Assertions.Expect(agent.Page.Locator("[data-testid=pop-history]")).ToContainTextAsync(earlier);
            await Assertions.Expect(agent.Page.Locator("[data-testid=pop-ivr]")).ToContainTextAsync("welcome[1]");
            await Assertions.Expect(agentOnWallboard).ToHaveAttributeAsync("data-status", "Talking", new() { Timeout = 60_000 });
            Assert.True(await agent.Page.EvaluateAsync<bool>("() => window.__noReload === true"), "the desk reloaded instead of receiving the pop");
            await agent.ScreenshotAsync("desk-screen-pop");
            await supervisor.ScreenshotAsync("wallboard-talking");

            await agent.Page.Locator("textarea[data-testid=ticket-description]").FillAsync("乘客反映出租车拒载，请核查处理。");
            await agent.Page.ClickAsync("[data-testid=ticket-submit]");
            await Assertions.Expect(agent.Page.Locator("[data-testid=ticket-receipt]")).ToBeVisibleAsync();
            await agent.ScreenshotAsync("desk-ticket");

            var run = await call;
            Assert.True(run.SuccessfulCalls == 1, run.Describe() + "\n" + portal.StandardOutput);
            await Assertions.Expect(agentOnWallboard).ToHaveAttributeAsync("data-status", "WrapUp", new() { Timeout = 30_000 });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nportal output:\n{portal.StandardOutput}\n{portal.StandardError}", ex);
        }
    }

    // The citizen wrote in before through the public site, so the screen pop has history to show.
    private static async Task<string> FileEarlierTicketAsync(Uri baseAddress, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/tickets")
        {
            Content = JsonContent.Create(new { type = "complaint", citizenPhone = Caller, citizenName = "李先生", description = "上周乘坐的公交车严重超载。" }),
        };
        request.Headers.Add("Idempotency-Key", "browser-test-earlier");
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("number").GetString()!;
    }
}
