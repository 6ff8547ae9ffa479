using System.Net;
using System.Text.Json;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.Tickets;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The knowledge REST API on the real platform process, signed in as the demo accounts: the workflow to publication, desk search with
/// highlights on the on-disk index, role refusals, the lock conflict naming its holder, usage counting and the editors' lists.</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeApiTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private const string Api = "/api/v1/knowledge";

    [Fact]
    public async Task An_article_created_reviewed_and_published_is_found_by_an_agent_with_a_highlight()
    {
        using var supervisor = await SignInAsync("supervisor");
        using var admin = await SignInAsync("admin");
        using var agent = await SignInAsync("8001");
        var id = await CreateAsync(supervisor, "网约车乘客遗失物品如何查找", "乘客在网约车上遗失物品，可通过平台客服联系驾驶员。");

        Assert.Empty(await SearchAsync(agent, "遗失物品"));
        await ExpectAsync(HttpStatusCode.OK, supervisor, $"{Api}/articles/{id}/submit", "{}");
        await ExpectAsync(HttpStatusCode.OK, admin, $"{Api}/articles/{id}/approve", """{"note":"内容准确"}""");
        var refused = await ExpectAsync(HttpStatusCode.Forbidden, agent, $"{Api}/articles/{id}/publish", "{}");
        Assert.Contains("publish", refused.Text, StringComparison.Ordinal);
        await ExpectAsync(HttpStatusCode.OK, admin, $"{Api}/articles/{id}/publish", "{}");

        var hit = Assert.Single(await SearchAsync(agent, "遗失物品"), h => h.GetProperty("id").GetString() == id);
        Assert.Equal("faq", hit.GetProperty("libraryId").GetString());
        Assert.Contains(hit.GetProperty("highlights").EnumerateArray(),
            h => WebUtility.HtmlDecode(h.GetString()!).Contains("<em>遗失物品</em>", StringComparison.Ordinal)
                 || WebUtility.HtmlDecode(h.GetString()!).Contains("<em>遗失</em>", StringComparison.Ordinal));
        Assert.Empty(await SearchAsync(agent, "遗失物品", "&library=routes"));

        var used = await ExpectAsync(HttpStatusCode.OK, agent, $"{Api}/articles/{id}/used?callId=call-1", "{}");
        Assert.Equal("1", used.Text);
        Assert.Equal("2", (await ExpectAsync(HttpStatusCode.OK, agent, $"{Api}/articles/{id}/used", "{}")).Text);
    }

    [Fact]
    public async Task A_second_editor_taking_the_lock_gets_409_naming_the_holder()
    {
        using var supervisor = await SignInAsync("supervisor");
        using var admin = await SignInAsync("admin");
        var id = await CreateAsync(supervisor, "公交线路调整公告", "1路公交首班车时间调整。");

        await ExpectAsync(HttpStatusCode.OK, supervisor, $"{Api}/articles/{id}/lock", "{}");
        var conflict = await ExpectAsync(HttpStatusCode.Conflict, admin, $"{Api}/articles/{id}/lock", "{}");

        Assert.Contains("supervisor", conflict.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_lists_answer_editors_and_refuse_agents()
    {
        using var supervisor = await SignInAsync("supervisor");
        using var agent = await SignInAsync("8001");

        Assert.Equal(JsonValueKind.Array, (await GetAsync(HttpStatusCode.OK, supervisor, $"{Api}/stale")).Body.ValueKind);
        Assert.Equal(JsonValueKind.Array, (await GetAsync(HttpStatusCode.OK, supervisor, $"{Api}/suggestions")).Body.ValueKind);
        await GetAsync(HttpStatusCode.Forbidden, agent, $"{Api}/stale");
        await GetAsync(HttpStatusCode.Forbidden, agent, $"{Api}/suggestions");
        await GetAsync(HttpStatusCode.BadRequest, agent, $"{Api}/search?q=");
    }

    private async Task<PortalSession> SignInAsync(string user)
    {
        var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, $"demo-{user}");
        return session;
    }

    private static async Task<string> CreateAsync(PortalSession editor, string title, string body)
    {
        var json = JsonSerializer.Serialize(new { libraryId = "faq", content = new { title, code = "02.02", body } });
        var created = await ExpectAsync(HttpStatusCode.Created, editor, $"{Api}/articles", json);
        return created.Body.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement[]> SearchAsync(PortalSession session, string text, string filters = "")
    {
        var found = await GetAsync(HttpStatusCode.OK, session, $"{Api}/search?q={Uri.EscapeDataString(text)}{filters}");
        return [.. found.Body.EnumerateArray().Select(h => h.Clone())];
    }

    private static async Task<ApiAnswer> ExpectAsync(HttpStatusCode expected, PortalSession session, string path, string json)
    {
        var answer = await ApiAnswer.ReadAsync(await session.PostJsonAsync(path, json));
        Assert.True(answer.Status == expected, $"POST {path} expected {(int)expected}, got {answer}");
        return answer;
    }

    private static async Task<ApiAnswer> GetAsync(HttpStatusCode expected, PortalSession session, string path)
    {
        var answer = await ApiAnswer.ReadAsync(await session.GetAsync(path));
        Assert.True(answer.Status == expected, $"GET {path} expected {(int)expected}, got {answer}");
        return answer;
    }
}
