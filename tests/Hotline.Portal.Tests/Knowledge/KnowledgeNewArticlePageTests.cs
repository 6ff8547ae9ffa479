using Bunit;
using Hotline.Portal.Components.Pages.Knowledge;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The new-article page: an editor creates a draft in a library they edit and lands on its page; a reader is told they edit no library.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeNewArticlePageTests : KnowledgePageTest
{
    [Fact]
    public void An_editor_creates_a_draft_and_is_taken_to_its_page()
    {
        User.SignIn("editor-a", null, "supervisor");
        var page = Show<KnowledgeNewArticlePage>();

        page.Find("input[data-testid=edit-title]").Change("公交卡退卡流程");
        page.Find("input[data-testid=edit-code]").Change("02.03");
        page.Find("input[data-testid=edit-tags]").Change("公交卡，退卡");
        page.Find("textarea[data-testid=edit-body]").Change("携带身份证到服务网点办理。");
        page.Find("[data-testid=save]").Click();

        // The save handler may finish after Click returns when the machine is busy; the article must be created in the end.
        page.WaitForAssertion(() => Assert.Single(Catalog.Created));
        var (library, content) = Assert.Single(Catalog.Created);
        Assert.Equal("faq", library);
        Assert.Equal("公交卡退卡流程", content.Title);
        Assert.Equal("02.03", content.Code);
        Assert.Equal(["公交卡", "退卡"], content.Tags);
        Assert.Equal("携带身份证到服务网点办理。", content.Body);
        Assert.EndsWith("/knowledge/articles/new-1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_is_told_they_edit_no_library_and_gets_no_form()
    {
        User.SignIn("8001", null, "agent");

        var page = Show<KnowledgeNewArticlePage>();

        Assert.Contains("没有可编辑", page.Find("[data-testid=not-editor]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=save]"));
        Assert.Empty(Catalog.Created);
    }
}
