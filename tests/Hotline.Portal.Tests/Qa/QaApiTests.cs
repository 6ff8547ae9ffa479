using System.Net;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Qa;

/// <summary>The QA REST API on the real portal process: who may use it, the plain "no speech model" status, and problem details for unknown calls and bad corrections.</summary>
[Trait("Category", "Integration")]
public sealed class QaApiTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Theory]
    [InlineData("inspector", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("8006", HttpStatusCode.Forbidden)]
    [InlineData("hr", HttpStatusCode.Forbidden)]
    public async Task Only_qa_roles_read_the_status(string user, HttpStatusCode expected)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync("/api/v1/qa/status");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/api/v1/qa/status");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_model_the_status_says_so_in_chinese()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("inspector", "demo-inspector");
        using var response = await session.GetAsync("/api/v1/qa/status");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未配置语音识别模型", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_call_is_a_404_problem()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("inspector", "demo-inspector");
        using var response = await session.GetAsync("/api/v1/qa/calls/no-such-call");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_correction_without_an_item_is_a_400_problem_naming_it()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("inspector", "demo-inspector");
        using var response = await session.PostJsonAsync("/api/v1/qa/calls/no-such-call/corrections", """{"score": 3, "comment": "x"}""");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("itemId", body, StringComparison.Ordinal);
    }
}
