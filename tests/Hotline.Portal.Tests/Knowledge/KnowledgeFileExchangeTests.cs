using Bunit;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Portal.Components.Pages.Knowledge;
using Hotline.Portal.Jobs;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>导入导出 on the maintenance page: a file's format is taken from its extension and its bytes reach the catalog; a file with bad rows is
/// refused with every problem listed; an import runs as a job that can be cancelled with nothing stored; an unknown extension is named without
/// calling the catalog; export links name each format.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeFileExchangeTests : KnowledgePageTest
{
    private static readonly KnowledgeActor Editor = new("editor-a", ["supervisor"]);

    public KnowledgeFileExchangeTests()
    {
        Services.AddSingleton(new PortalJobs(TimeProvider.System, NullLogger<PortalJobs>.Instance));
        User.SignIn("editor-a", null, "supervisor");
    }

    private IRenderedComponent<KnowledgeFileExchange> ShowExchange() => Show<KnowledgeFileExchange>(p => p.Add(x => x.Actor, Editor));

    [Fact]
    public void A_running_import_shows_as_a_job_and_cancelling_it_stores_nothing()
    {
        Catalog.ImportGate = new TaskCompletionSource();
        var exchange = ShowExchange();

        exchange.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("# 公交卡退卡\n\n携带身份证办理。\n", "公交卡.md"));

        exchange.WaitForAssertion(() => Assert.Contains("正在检查并导入文章", exchange.Find("[data-testid=job-stage]").TextContent, StringComparison.Ordinal));
        exchange.Find("[data-testid=job-cancel]").Click();

        exchange.WaitForAssertion(() => Assert.Equal("已取消导入“公交卡.md”，未导入任何内容。", exchange.Find("[data-testid=import-failure]").TextContent));
        Assert.Empty(Catalog.Imports);
        Assert.Empty(exchange.FindAll("[data-testid=import-done]"));
    }

    [Fact]
    public void A_markdown_file_is_imported_as_drafts_and_they_are_linked()
    {
        var exchange = ShowExchange();
        var markdown = "# 公交卡退卡\n\n携带身份证到服务网点办理。\n"u8.ToArray();

        exchange.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(markdown, "公交卡.md", contentType: "text/markdown"));

        exchange.WaitForAssertion(() => Assert.Contains("已导入 2 篇草稿", exchange.Find("[data-testid=import-done]").TextContent, StringComparison.Ordinal));
        var (format, bytes) = Assert.Single(Catalog.Imports);
        Assert.Equal(KnowledgeFileFormat.Markdown, format);
        Assert.Equal(markdown, bytes);
        Assert.Equal(["/knowledge/articles/imported-1", "/knowledge/articles/imported-2"],
            exchange.FindAll("[data-testid=imported-article]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_file_with_bad_rows_is_refused_and_every_problem_is_listed()
    {
        Catalog.ImportProblems = [new("第 3 行", "缺少标题"), new("第 5 行", "列“金额”不是金额：'二十元'")];
        var exchange = ShowExchange();

        exchange.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0x50, 0x4B, 0x03, 0x04], "票价表.xlsx"));

        exchange.WaitForAssertion(() => Assert.Equal("文件“票价表.xlsx”有 2 处问题，未导入任何内容：", exchange.Find("[data-testid=import-failure]").TextContent));
        Assert.Equal(["第 3 行缺少标题", "第 5 行列“金额”不是金额：'二十元'"], exchange.FindAll("[data-testid=import-error]").Select(r => r.TextContent));
        Assert.Empty(exchange.FindAll("[data-testid=import-done]"));
    }

    [Fact]
    public void An_unknown_extension_is_named_and_the_catalog_is_not_called()
    {
        var exchange = ShowExchange();

        exchange.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("标题,正文", "文章.csv"));

        exchange.WaitForAssertion(() => Assert.Contains("文件“文章.csv”的格式无法导入", exchange.Find("[data-testid=import-failure]").TextContent, StringComparison.Ordinal));
        Assert.Empty(Catalog.Imports);
    }

    [Fact]
    public void Export_links_go_to_the_audited_export_endpoint_in_each_format()
    {
        var exchange = ShowExchange();

        Assert.Equal("/api/v1/knowledge/export?format=docx", exchange.Find("[data-testid=export-docx]").GetAttribute("href"));
        Assert.Equal("/api/v1/knowledge/export?format=xlsx", exchange.Find("[data-testid=export-xlsx]").GetAttribute("href"));
        Assert.Equal("/api/v1/knowledge/export?format=md", exchange.Find("[data-testid=export-md]").GetAttribute("href"));
        Assert.Equal("/api/v1/knowledge/export?format=json", exchange.Find("[data-testid=export-json]").GetAttribute("href"));
    }
}
