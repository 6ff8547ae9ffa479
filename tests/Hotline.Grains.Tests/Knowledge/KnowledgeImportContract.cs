using System.Text;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Files;
using Microsoft.EntityFrameworkCore;
using static Hotline.Grains.Tests.Knowledge.KnowledgeActors;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Import → store → export through the catalog on the real store, for every format; bad files import nothing.</summary>
[Trait("Category", "Integration")]
public abstract class KnowledgeImportContract(KnowledgeClusterFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<KnowledgeFileFormat> Formats => [KnowledgeFileFormat.Docx, KnowledgeFileFormat.Xlsx, KnowledgeFileFormat.Markdown, KnowledgeFileFormat.Json];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Imported_articles_are_drafts_and_export_back_with_title_code_tags_text_and_tables(KnowledgeFileFormat format)
    {
        var tag = "导入" + format;
        KnowledgeDocument[] documents =
        [
            new("faq", KnowledgeSamples.TaxiFares() with { Tags = ["出租车", tag] }),
            new("policies", KnowledgeSamples.Refusal() with { Tags = ["拒载", tag] }),
        ];
        using var source = new MemoryStream();
        Codec(format).Write(documents, source);
        source.Position = 0;

        var ids = await fixture.Catalog.ImportAsync(Trainer, format, source, Token);

        Assert.Equal(2, ids.Count);
        var stored = await fixture.Article(ids[0]).GetAsync(Trainer);
        Assert.Equal(KnowledgeState.Draft, stored.State);
        Assert.True(stored.Content.SameAs(documents[0].Content));
        using var exported = new MemoryStream();
        await fixture.Catalog.ExportAsync(Trainer, format, new KnowledgeQuery { Tag = tag }, exported, Token);
        exported.Position = 0;
        var read = Codec(format).Read(exported);
        Assert.Empty(read.Errors);
        var byTitle = read.Items.ToDictionary(i => i.Document.Content.Title);
        Assert.Equal(2, byTitle.Count);
        foreach (var document in documents)
        {
            Assert.Equal(document.LibraryId, byTitle[document.Content.Title].Document.LibraryId);
            Assert.True(document.Content.SameAs(byTitle[document.Content.Title].Document.Content), $"{document.Content.Title} changed in the {format} round trip");
        }
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_every_bad_row()
    {
        var title = "批量导入 " + Guid.NewGuid().ToString("N")[..6];
        var bad = KnowledgeSamples.TaxiFares(title);
        KnowledgeDocument[] documents =
        [
            new("faq", KnowledgeSamples.TaxiFares(title)),
            new("faq", bad with { Tables = [bad.Tables[0] with { Rows = [["普通车型", "十三元", "3", "2025-01-01"]] }] }),
            new("nowhere", KnowledgeSamples.TaxiFares(title)),
            new("faq", KnowledgeSamples.TaxiFares(title) with { Code = "77.77" }),
        ];
        using var source = new MemoryStream();
        new KnowledgeXlsxCodec().Write(documents, source);
        source.Position = 0;
        await using var before = fixture.CreateDbContext();
        var articles = await before.Articles.CountAsync(Token);

        var error = await Assert.ThrowsAsync<KnowledgeImportException>(() => fixture.Catalog.ImportAsync(Trainer, KnowledgeFileFormat.Xlsx, source, Token));

        Assert.Equal(["articles 第 3 行", "articles 第 4 行", "articles 第 5 行"], error.Errors.Select(e => e.Location));
        Assert.Contains("起步价", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("十三元", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("nowhere", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("77.77", error.Errors[2].Message, StringComparison.Ordinal);
        await using var after = fixture.CreateDbContext();
        Assert.Equal(articles, await after.Articles.CountAsync(Token));
        Assert.False(await after.Articles.AnyAsync(a => a.Title == title, Token));
    }

    [Fact]
    public async Task Importing_into_a_library_the_actor_may_not_write_is_refused_per_article()
    {
        using var source = new MemoryStream(Encoding.UTF8.GetBytes("""[{"libraryId":"scripts","content":{"title":"开场白","body":"您好，12328。"}}]"""));
        var error = await Assert.ThrowsAsync<KnowledgeImportException>(() => fixture.Catalog.ImportAsync(Supervisor, KnowledgeFileFormat.Json, source, Token));
        Assert.Equal("文章 1", Assert.Single(error.Errors).Location);
        Assert.Contains("scripts", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_export_only_the_published_versions()
    {
        var title = "导出测试 " + Guid.NewGuid().ToString("N")[..6];
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal() with { Title = title }, Token);
        var article = fixture.Article(draft.Id);
        await article.SubmitAsync(Trainer, null, null);
        await article.ApproveAsync(Manager, null);
        await article.PublishAsync(Manager);
        await article.AcquireLockAsync(Trainer);
        await article.EditAsync(Trainer, KnowledgeSamples.Refusal() with { Title = title + "（草稿）" }, null);
        await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal() with { Title = title + " 未发布" }, Token);

        using var exported = new MemoryStream();
        await fixture.Catalog.ExportAsync(Agent, KnowledgeFileFormat.Json, KnowledgeQuery.All, exported, Token);
        exported.Position = 0;

        var titles = new KnowledgeJsonCodec().Read(exported).Items.Select(i => i.Document.Content.Title).Where(t => t.StartsWith(title, StringComparison.Ordinal));
        Assert.Equal([title], titles);
    }

    private static IKnowledgeFileCodec Codec(KnowledgeFileFormat format) => format switch
    {
        KnowledgeFileFormat.Docx => new KnowledgeDocxCodec(),
        KnowledgeFileFormat.Xlsx => new KnowledgeXlsxCodec(),
        KnowledgeFileFormat.Markdown => new KnowledgeMarkdownCodec(),
        _ => new KnowledgeJsonCodec(),
    };
}
