using System.Net;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Components;

/// <summary>The QA workspace pages on the real platform process: QA roles reach them (with the plain no-model banner), agents and HR are sent to the denied page, anonymous visitors to sign-in.</summary>
[Trait("Category", "Integration")]
public sealed class QaPageAccessTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Theory]
    [InlineData("inspector", "/qa")]
    [InlineData("inspector", "/qa/calibration")]
    [InlineData("inspector", "/qa/cases")]
    [InlineData("supervisor", "/qa")]
    [InlineData("admin", "/qa/calibration")]
    public async Task Qa_roles_reach_the_workspace(string user, string path)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_queue_page_tells_the_inspector_that_no_speech_model_is_configured()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("inspector", "demo-inspector");
        using var response = await session.GetAsync("/qa");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未配置语音识别模型", html, StringComparison.Ordinal);
        Assert.Contains("领取下一通", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8002", "/qa")]
    [InlineData("8002", "/qa/calls/some-call")]
    [InlineData("hr", "/qa/calibration")]
    [InlineData("analyst", "/qa/cases")]
    public async Task Other_roles_are_sent_to_the_denied_page(string user, string path)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync(path);
        PortalSession.AssertRedirectedTo("/account/denied", response);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/qa");
        PortalSession.AssertRedirectedTo("/account/login", response);
    }
}
