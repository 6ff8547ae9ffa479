using Bunit;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Portal.Components.Pages.Knowledge;
using Microsoft.AspNetCore.Components.Forms;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The article editor beyond text: tables edited and added (typed columns written as 名称:类型), an unknown type named with nothing
/// saved, images uploaded into the body under the edit lock (a non-image refused), and a reviewer named on submission.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeEditorTests : KnowledgePageTest
{
    // The smallest PNG: signature, IHDR (1×1), IDAT and IEND; the image store recognises PNG by its signature.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    // Image files live under the article's id, which the platform makes as 32 hex digits.
    private const string StoredId = "0123456789abcdef0123456789abcdef";

    private IRenderedComponent<KnowledgeArticlePage> EditArticle(string id = "a-1")
    {
        User.SignIn("editor-a", null, "supervisor");
        var page = Show<KnowledgeArticlePage>(p => p.Add(x => x.Id, id));
        page.Find("[data-testid=edit]").Click();
        return page;
    }

    [Fact]
    public void A_table_is_edited_and_a_typed_table_added_and_both_are_saved()
    {
        var page = EditArticle();
        Assert.Equal("情形, 金额", page.Find("input[data-testid=table-columns-0]").GetAttribute("value"));
        Assert.Equal("首次 | 200元", page.Find("textarea[data-testid=table-rows-0]").TextContent);

        Type(page, "table-rows-0", "首次 | 200元\n再次 | 500元\n");
        page.Find("[data-testid=table-add]").Click();
        Type(page, "table-caption-1", "出租车起步价");
        Type(page, "table-columns-1", "车型, 起步价:金额，夜间：是否");
        Type(page, "table-rows-1", "普通车 | 13 | false\n豪华车|18|true");
        page.Find("[data-testid=save]").Click();

        var tables = Article.Versions[^1].Content.Tables;
        Assert.Equal(2, Article.Versions.Count);
        Assert.Equal(2, tables.Count);
        Assert.Equal([["首次", "200元"], ["再次", "500元"]], tables[0].Rows);
        Assert.Equal("出租车起步价", tables[1].Caption);
        Assert.Equal([new KnowledgeColumn("车型"), new KnowledgeColumn("起步价", KnowledgeColumnType.Money), new KnowledgeColumn("夜间", KnowledgeColumnType.Boolean)],
            tables[1].Columns);
        Assert.Equal([["普通车", "13", "false"], ["豪华车", "18", "true"]], tables[1].Rows);
    }

    [Fact]
    public void An_unknown_column_type_is_named_and_nothing_is_saved()
    {
        var page = EditArticle();
        Type(page, "table-columns-0", "情形, 金额:货币");

        page.Find("[data-testid=save]").Click();

        Assert.Equal("表格“罚款标准”的列类型“货币”无法识别：可用 文本、数字、金额、日期、是否。", page.Find("[data-testid=editor-problem]").TextContent);
        Assert.Single(Article.Versions);
        Assert.NotEmpty(page.FindAll("[data-testid=editor]"));
    }

    [Fact]
    public void An_uploaded_image_is_stored_under_the_article_and_linked_into_the_body()
    {
        var article = new KnowledgePageGrain(StoredId, KnowledgePageCatalog.Faq.Id, FirstContent, Now);
        Articles[StoredId] = article;
        var page = EditArticle(StoredId);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "车牌示例.png", contentType: "image/png"));

        page.WaitForAssertion(() => Assert.Contains("![车牌示例]", page.Find("textarea[data-testid=edit-body]").TextContent, StringComparison.Ordinal));
        var body = page.Find("textarea[data-testid=edit-body]").TextContent;
        var stored = Assert.Single(Directory.GetFiles(Path.Combine(ImagesFolder, StoredId)));
        Assert.EndsWith($"![车牌示例](/api/v1/knowledge/articles/{StoredId}/images/{Path.GetFileName(stored)})", body.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(Png, File.ReadAllBytes(stored));
        page.Find("[data-testid=save]").Click();
        Assert.Contains(Path.GetFileName(stored), article.Versions[^1].Content.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_no_image_is_refused_and_nothing_is_stored()
    {
        Articles[StoredId] = new KnowledgePageGrain(StoredId, KnowledgePageCatalog.Faq.Id, FirstContent, Now);
        var page = EditArticle(StoredId);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("<script>alert(1)</script>", "evil.png"));

        page.WaitForAssertion(() => Assert.Contains("图片“evil.png”未能上传", page.Find("[data-testid=editor-problem]").TextContent, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(ImagesFolder, StoredId)) && Directory.EnumerateFiles(Path.Combine(ImagesFolder, StoredId)).Any());
        Assert.DoesNotContain("evil", page.Find("textarea[data-testid=edit-body]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reviewer_named_on_submission_reaches_the_grain_and_is_shown()
    {
        User.SignIn("editor-a", null, "supervisor");
        var page = Show<KnowledgeArticlePage>(p => p.Add(x => x.Id, "a-1"));

        page.Find("input[data-testid=review-reviewer]").Change(" manager-1 ");
        page.Find("[data-testid=action-submit]").Click();

        Assert.Equal("manager-1", Article.Reviewer);
        Assert.Equal("待 manager-1 审核", page.Find("[data-testid=article-reviewer]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=review-reviewer]"));
    }
}
