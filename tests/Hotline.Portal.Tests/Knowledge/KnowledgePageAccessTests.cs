using System.Net;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The knowledge search page on the real platform process: every signed-in role (agents included) opens it, anonymous visitors are sent to sign-in.</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgePageAccessTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Theory]
    [InlineData("8001")]
    [InlineData("hr")]
    public async Task Signed_in_users_open_the_knowledge_search(string user)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync("/knowledge");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("知识库", html, StringComparison.Ordinal);
        Assert.Contains("搜索内容", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/knowledge");
        PortalSession.AssertRedirectedTo("/account/login", response);
    }
}
