using System.Net;
using System.Text.Json;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Public;

/// <summary>政务公开 on the real process: an administrator writes and publishes (each change audited), anyone reads, a withdrawn notice disappears, an agent cannot publish.</summary>
[Trait("Category", "Integration")]
[Collection(PublicSiteCollection.Name)]
public sealed class NoticeApiTests(PublicSiteFixture site)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string> PageTextAsync(PortalSession session, string path)
    {
        using var page = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await CitizenBrowser.TextAsync(page);
    }

    private async Task<PortalSession> SignedInAsync(string user)
    {
        var session = new PortalSession(site.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        return session;
    }

    [Fact]
    public async Task A_published_notice_is_read_anonymously_until_it_is_withdrawn()
    {
        using var admin = await SignedInAsync("admin");
        var title = "春运期间客运站延长服务时间的公告 " + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostJsonAsync("/api/v1/notices", JsonSerializer.Serialize(new { title, body = "一、售票时间延长至 23:00。\n二、<script>alert(1)</script>" }));
        var draft = await JsonAsync(created, HttpStatusCode.Created);
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        var id = draft.GetProperty("id").GetInt64();

        using var anonymous = new PortalSession(site.BaseAddress);
        using (var hidden = await anonymous.GetAsync($"/api/v1/public/notices/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using var published = await admin.PostJsonAsync($"/api/v1/notices/{id}/publish", "{}");
        Assert.Equal("admin", (await JsonAsync(published, HttpStatusCode.OK)).GetProperty("publishedBy").GetString());

        using (var list = await anonymous.GetAsync("/api/v1/public/notices"))
        {
            var notices = await JsonAsync(list, HttpStatusCode.OK);
            var shown = Assert.Single(notices.EnumerateArray(), n => n.GetProperty("id").GetInt64() == id);
            Assert.Equal(title, shown.GetProperty("title").GetString());
            Assert.False(shown.TryGetProperty("publishedBy", out _), "citizens do not see staff names");
        }

        using (var page = await anonymous.GetAsync($"/public/notices/{id}"))
        {
            var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(title, CitizenBrowser.Text(html), StringComparison.Ordinal);
            // The body is text: its markup arrives escaped, never as a script element.
            Assert.Contains("<script>alert(1)</script>", CitizenBrowser.Text(html), StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        }

        Assert.Contains(title, await PageTextAsync(anonymous, "/public/notices"), StringComparison.Ordinal);

        using var withdrawn = await admin.PostJsonAsync($"/api/v1/notices/{id}/withdraw", "{}");
        Assert.Equal("Withdrawn", (await JsonAsync(withdrawn, HttpStatusCode.OK)).GetProperty("state").GetString());
        using (var gone = await anonymous.GetAsync($"/api/v1/public/notices/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        using (var list = await anonymous.GetAsync("/api/v1/public/notices"))
        {
            Assert.DoesNotContain((await JsonAsync(list, HttpStatusCode.OK)).EnumerateArray(), n => n.GetProperty("id").GetInt64() == id);
        }

        var withdrawnPage = await PageTextAsync(anonymous, $"/public/notices/{id}");
        Assert.Contains("公告不存在或已撤回", withdrawnPage, StringComparison.Ordinal);
        Assert.DoesNotContain(title, withdrawnPage, StringComparison.Ordinal);

        Assert.DoesNotContain(title, await PageTextAsync(anonymous, "/public/notices"), StringComparison.Ordinal);

        // Each change over REST is in the audit log, as on the staff page.
        var audit = await PageTextAsync(admin, "/admin/audit");
        foreach (var action in new[] { "撰写公告", "发布公告", "撤回公告" })
            Assert.Matches($"{action}(<[^>]+>|\\s)*notice:{id}<", audit);
    }

    [Fact]
    public async Task An_agent_cannot_write_or_publish_and_an_anonymous_caller_is_not_let_in()
    {
        using var admin = await SignedInAsync("admin");
        using var created = await admin.PostJsonAsync("/api/v1/notices", """{"title":"热线系统升级公告","body":"本周六凌晨系统升级。"}""");
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt64();

        using var agent = await SignedInAsync("8001");
        using (var write = await agent.PostJsonAsync("/api/v1/notices", """{"title":"坐席发布","body":"不应成功"}"""))
        {
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        }

        using (var publish = await agent.PostJsonAsync($"/api/v1/notices/{id}/publish", "{}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        }

        using var anonymous = new PortalSession(site.BaseAddress);
        using (var write = await anonymous.PostJsonAsync("/api/v1/notices", """{"title":"匿名","body":"不应成功"}"""))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        }

        using var stillDraft = await admin.GetAsync("/api/v1/notices");
        var mine = Assert.Single((await JsonAsync(stillDraft, HttpStatusCode.OK)).EnumerateArray(), n => n.GetProperty("id").GetInt64() == id);
        Assert.Equal("Draft", mine.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_requires_the_portal_cookie_for_writing_and_nothing_for_reading()
    {
        using var anonymous = new PortalSession(site.BaseAddress);
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        var paths = (await JsonAsync(response, HttpStatusCode.OK)).GetProperty("paths");

        foreach (var (path, method) in new[] { ("/api/v1/notices", "post"), ("/api/v1/notices", "get"), ("/api/v1/notices/{id}/publish", "post"), ("/api/v1/notices/{id}/withdraw", "post") })
        {
            var security = paths.GetProperty(path).GetProperty(method).GetProperty("security");
            Assert.Contains(security.EnumerateArray(), requirement => requirement.TryGetProperty("PortalCookie", out _));
        }

        Assert.False(paths.GetProperty("/api/v1/public/notices").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Bad_input_and_wrong_transitions_are_answered_in_Chinese_naming_the_field()
    {
        using var admin = await SignedInAsync("admin");
        using var empty = await admin.PostJsonAsync("/api/v1/notices", """{"title":"  ","body":"正文"}""");
        var problem = await JsonAsync(empty, HttpStatusCode.BadRequest);
        Assert.Equal("请填写公告标题", problem.GetProperty("errors").GetProperty("title")[0].GetString());

        using var tooLong = await admin.PostJsonAsync("/api/v1/notices", JsonSerializer.Serialize(new { title = new string('长', 201), body = "正文" }));
        Assert.Equal("公告标题不能超过 200 个字", (await JsonAsync(tooLong, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("title")[0].GetString());

        using var malformed = await admin.PostJsonAsync("/api/v1/notices", "{\"title\": ");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        using var created = await admin.PostJsonAsync("/api/v1/notices", """{"title":"草稿","body":"正文"}""");
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt64();
        using var withdrawDraft = await admin.PostJsonAsync($"/api/v1/notices/{id}/withdraw", "{}");
        var conflict = await JsonAsync(withdrawDraft, HttpStatusCode.Conflict);
        Assert.Contains("草稿", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var unknown = await admin.PostJsonAsync("/api/v1/notices/987654321/publish", "{}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
