using System.Net;
using System.Text.Json;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.Tickets;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The knowledge pages on the real platform process: every signed-in role (agents included) opens the search, anonymous visitors are
/// sent to sign-in, an agent reads a published article on its page, and the maintenance page answers editors and readers.</summary>
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
    public async Task An_agent_opens_the_page_of_a_published_article()
    {
        using var supervisor = await SignInAsync("supervisor");
        using var admin = await SignInAsync("admin");
        using var agent = await SignInAsync("8001");
        var content = new { title = "机场大巴末班车时间", code = "02.02", body = "机场大巴**末班车**为22:30发车。" };
        var created = await PostAsync(supervisor, "/api/v1/knowledge/articles", JsonSerializer.Serialize(new { libraryId = "faq", content }));
        var id = created.Body.GetProperty("id").GetString()!;
        await PostAsync(supervisor, $"/api/v1/knowledge/articles/{id}/submit", "{}");
        await PostAsync(admin, $"/api/v1/knowledge/articles/{id}/approve", "{}");
        await PostAsync(admin, $"/api/v1/knowledge/articles/{id}/publish", "{}");

        using var response = await agent.GetAsync($"/knowledge/articles/{id}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("机场大巴末班车时间", html, StringComparison.Ordinal);
        Assert.Contains("<strong>末班车</strong>", html, StringComparison.Ordinal);
        Assert.Contains("已发布", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("supervisor", "待复审文章")]
    [InlineData("8001", "您没有可编辑或审核的知识库")]
    public async Task The_maintenance_page_lists_for_editors_and_tells_readers_they_maintain_nothing(string user, string expected)
    {
        using var session = await SignInAsync(user);
        using var response = await session.GetAsync("/knowledge/maintenance");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/knowledge");
        PortalSession.AssertRedirectedTo("/account/login", response);
    }

    private async Task<PortalSession> SignInAsync(string user)
    {
        var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        return session;
    }

    private static async Task<ApiAnswer> PostAsync(PortalSession session, string path, string json)
    {
        var answer = await ApiAnswer.ReadAsync(await session.PostJsonAsync(path, json));
        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"POST {path} failed: {answer}");
        return answer;
    }
}
