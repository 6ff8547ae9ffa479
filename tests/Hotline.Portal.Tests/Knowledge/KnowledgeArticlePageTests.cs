using Bunit;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Portal.Components.Pages.Knowledge;
using MudBlazor;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The knowledge article page: content and safe body, the edit lock, versions with diff and restore, and the review buttons by role and state.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeArticlePageTests : KnowledgePageTest
{
    [Fact]
    public void The_page_shows_title_library_code_tags_state_usage_and_tables()
    {
        Article.UsageCount = 7;
        User.SignIn("8001", null, "agent");

        var page = ShowArticle();

        Assert.Equal("出租车拒载处理办法", page.Find("[data-testid=article-title]").TextContent);
        Assert.Equal("常见问题", page.Find("[data-testid=article-library]").TextContent.Trim());
        Assert.Equal("02.01", page.Find("[data-testid=article-code]").TextContent.Trim());
        Assert.Equal(["出租车", "拒载"], page.FindAll("[data-testid=tag]").Select(t => t.TextContent.Trim()));
        Assert.Equal("草稿", page.Find("[data-testid=article-state]").TextContent.Trim());
        Assert.Contains("使用次数 7", page.Find("[data-testid=usage]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.Find("[data-testid=article-body]").QuerySelectorAll("p").Length);
        Assert.Contains("200元", page.Find("[data-testid=article-table]").TextContent, StringComparison.Ordinal);
        // A reader neither edits nor sees the versions.
        Assert.Empty(page.FindAll("[data-testid=edit]"));
        Assert.Empty(page.FindAll("[data-testid=versions]"));
    }

    [Theory]
    [InlineData(KnowledgeBodyFormat.Markdown)]
    [InlineData(KnowledgeBodyFormat.Html)]
    public void A_body_with_a_script_is_not_rendered_as_markup(KnowledgeBodyFormat format)
    {
        Article.AddVersion(FirstContent with
        {
            Format = format,
            Body = "<script>alert('x')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">链接</a> [跳转](javascript:alert(3)) 正文",
        }, "editor-a");
        User.SignIn("8001", null, "agent");

        var body = ShowArticle().Find("[data-testid=article-body]");

        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), element => element.Attributes.Any(a =>
            a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("正文", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void While_another_editor_holds_the_lock_the_page_names_the_holder_and_refuses_to_edit()
    {
        Article.Lock = new KnowledgeLock("editor-b", Now.AddMinutes(20));
        User.SignIn("editor-a", null, "supervisor");

        var page = ShowArticle();
        Assert.Contains("editor-b 正在编辑，锁定至 2026-11-28 10:20", page.Find("[data-testid=lock-holder]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=edit]").Click();

        Assert.Contains("editor-b holds the edit lock", page.Find("[data-testid=problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=editor]"));
        Assert.Equal("editor-b", Article.Lock?.Holder);
    }

    [Fact]
    public void Save_is_refused_when_another_editor_took_the_lock_meanwhile_and_the_form_stays_open()
    {
        User.SignIn("editor-a", null, "supervisor");
        var page = ShowArticle();
        page.Find("[data-testid=edit]").Click();
        Assert.Equal("editor-a", Article.Lock?.Holder);
        // An administrator freed the lock and editor-b took it while editor-a was still typing.
        Article.Lock = new KnowledgeLock("editor-b", Now.AddMinutes(30));

        page.Find("[data-testid=save]").Click();

        Assert.Contains("editor-b holds the edit lock", page.Find("[data-testid=problem]").TextContent, StringComparison.Ordinal);
        Assert.Single(Article.Versions);
        Assert.NotEmpty(page.FindAll("[data-testid=editor]"));
    }

    [Fact]
    public void Save_stores_a_new_version_and_releases_the_lock()
    {
        User.SignIn("editor-a", null, "supervisor");
        var page = ShowArticle();
        page.Find("[data-testid=edit]").Click();

        page.Find("input[data-testid=edit-title]").Change("出租车拒载处理办法（修订）");
        page.Find("[data-testid=save]").Click();

        Assert.Equal(2, Article.Versions.Count);
        Assert.Equal("出租车拒载处理办法（修订）", Article.Versions[^1].Content.Title);
        Assert.Null(Article.Lock);
        Assert.Empty(page.FindAll("[data-testid=editor]"));
        Assert.Equal("出租车拒载处理办法（修订）", page.Find("[data-testid=article-title]").TextContent);
    }

    [Fact]
    public void An_administrator_sees_force_unlock_and_frees_the_lock()
    {
        Article.Lock = new KnowledgeLock("editor-b", Now.AddMinutes(20));
        User.SignIn("admin", null, "admin");
        var page = ShowArticle();

        page.Find("[data-testid=force-unlock]").Click();

        Assert.Null(Article.Lock);
        Assert.Equal("force:管理员强制解锁", Assert.Single(Article.Calls));
        Assert.Empty(page.FindAll("[data-testid=lock-holder]"));
    }

    [Fact]
    public void An_editor_does_not_see_force_unlock()
    {
        Article.Lock = new KnowledgeLock("editor-b", Now.AddMinutes(20));
        User.SignIn("editor-a", null, "supervisor");

        Assert.Empty(ShowArticle().FindAll("[data-testid=force-unlock]"));
    }

    [Fact]
    public async Task Comparing_two_versions_shows_the_added_and_removed_lines()
    {
        Article.AddVersion(FirstContent with { Body = "乘客投诉拒载时：\n\n先核实车牌\n\n再联系公司\n\n记录处理结果" }, "editor-a");
        Article.AddVersion(FirstContent with { Body = "乘客投诉拒载时：\n\n先核实车牌和时间\n\n再联系公司\n\n记录处理结果" }, "editor-b");
        User.SignIn("editor-a", null, "supervisor");
        var page = ShowArticle();

        var older = page.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "旧版本");
        await older.InvokeAsync(() => older.Instance.ValueChanged.InvokeAsync(1));
        page.Find("[data-testid=compare]").Click();

        Assert.Contains("版本 1 → 版本 3", page.Find("[data-testid=diff]").TextContent, StringComparison.Ordinal);
        var inserted = page.FindAll("[data-testid=diff-inserted]").Select(l => l.TextContent).ToList();
        var deleted = page.FindAll("[data-testid=diff-deleted]").Select(l => l.TextContent).ToList();
        Assert.Contains(inserted, l => l.Contains("先核实车牌和时间", StringComparison.Ordinal));
        Assert.Contains(inserted, l => l.Contains("记录处理结果", StringComparison.Ordinal));
        Assert.Contains(deleted, l => l.Contains("先核实车牌", StringComparison.Ordinal) && !l.Contains("和时间", StringComparison.Ordinal));
        Assert.DoesNotContain(inserted.Concat(deleted), l => l.Contains("再联系公司", StringComparison.Ordinal));
        Assert.Contains("#1a7f37", page.Find("[data-testid=diff-inserted]").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("#cf222e", page.Find("[data-testid=diff-deleted]").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Restoring_a_version_calls_the_grain_and_the_new_version_appears()
    {
        Article.AddVersion(FirstContent with { Title = "出租车拒载处理办法（错误修改）" }, "editor-b");
        User.SignIn("editor-a", null, "supervisor");
        var page = ShowArticle();
        Assert.Equal(2, page.FindAll("[data-testid=version]").Count);

        page.Find("[data-testid=restore-1]").Click();

        Assert.Equal("restore:1", Assert.Single(Article.Calls));
        Assert.Equal(3, page.FindAll("[data-testid=version]").Count);
        Assert.Contains("从版本 1 恢复", page.FindAll("[data-testid=version]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("出租车拒载处理办法", page.Find("[data-testid=article-title]").TextContent);
        Assert.Null(Article.Lock);
    }

    [Fact]
    public void A_reviewer_sees_versions_but_no_restore()
    {
        Article.AddVersion(FirstContent with { Title = "新标题" }, "editor-b");
        User.SignIn("manager-1", null, "manager");

        var page = ShowArticle();

        Assert.Equal(2, page.FindAll("[data-testid=version]").Count);
        Assert.Empty(page.FindAll("[data-testid=restore-1]"));
    }

    [Theory]
    [InlineData("8001", "agent", KnowledgeState.Draft, "")]
    [InlineData("editor-a", "supervisor", KnowledgeState.Draft, "submit")]
    [InlineData("editor-a", "supervisor", KnowledgeState.InReview, "")]
    [InlineData("manager-1", "manager", KnowledgeState.Draft, "archive")]
    [InlineData("manager-1", "manager", KnowledgeState.InReview, "approve,reject,archive")]
    [InlineData("manager-1", "manager", KnowledgeState.Approved, "reject,publish,archive")]
    [InlineData("manager-1", "manager", KnowledgeState.Published, "confirmreviewed,archive")]
    [InlineData("manager-1", "manager", KnowledgeState.Archived, "")]
    [InlineData("admin", "admin", KnowledgeState.Draft, "submit,archive")]
    public void Review_buttons_follow_role_and_state(string user, string role, KnowledgeState state, string expected)
    {
        Article.State = state;
        User.SignIn(user, null, role);

        var buttons = ShowArticle().FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")!["action-".Length..]);

        Assert.Equal(expected, string.Join(",", buttons));
    }

    [Fact]
    public void Rejecting_sends_the_comment_to_the_grain_and_the_state_changes()
    {
        Article.State = KnowledgeState.InReview;
        User.SignIn("manager-1", null, "manager");
        var page = ShowArticle();

        page.Find("input[data-testid=review-note]").Change("车牌规则已变，请更新");
        page.Find("[data-testid=action-reject]").Click();

        Assert.Equal("reject:车牌规则已变，请更新", Assert.Single(Article.Calls));
        Assert.Equal("草稿", page.Find("[data-testid=article-state]").TextContent.Trim());
    }

    private IRenderedComponent<KnowledgeArticlePage> ShowArticle() => Show<KnowledgeArticlePage>(p => p.Add(x => x.Id, "a-1"));
}
