using Hotline.Grains.Abstractions.Knowledge;
using static Hotline.Grains.Tests.Knowledge.KnowledgeActors;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Every edit is a version; diffs between versions; restore writes an old version as a new one.</summary>
[Trait("Category", "Integration")]
public abstract class KnowledgeVersionContract(KnowledgeClusterFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_edit_is_kept_and_the_diff_shows_the_changed_lines()
    {
        var (article, _) = await ArticleAsync();
        await article.AcquireLockAsync(Trainer);
        var first = KnowledgeSamples.TaxiFares();
        var fareTable = first.Tables[0] with { Rows = [["普通车型", "15", "3", "2026-01-01"], first.Tables[0].Rows[1]] };
        await article.EditAsync(Trainer, first with { Body = first.Body.Replace("核对计价器记录", "调取计价器记录", StringComparison.Ordinal) }, "措辞");
        await article.EditAsync(Trainer, first with { Tags = ["出租车", "运价", "调价"], Tables = [fareTable, first.Tables[1]] }, "调价");

        var versions = await article.GetVersionsAsync(Trainer);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal(["措辞", "调价"], versions.Skip(1).Select(v => v.Note));
        Assert.Equal("15.00", versions[2].Content.Tables[0].Rows[0][1]);

        var diff = await article.DiffAsync(Manager, 1, 2);
        Assert.Equal([new KnowledgeDiffLine(KnowledgeDiffKind.Deleted, "乘客反映多收费的，核对计价器记录。"), new KnowledgeDiffLine(KnowledgeDiffKind.Inserted, "乘客反映多收费的，调取计价器记录。")],
            diff.Lines.Where(l => l.Kind != KnowledgeDiffKind.Unchanged));
        var fares = await article.DiffAsync(Manager, 1, 3);
        Assert.Contains(new KnowledgeDiffLine(KnowledgeDiffKind.Inserted, "| 普通车型 | 15.00 | 3 | 2026-01-01 |"), fares.Lines);
        Assert.Contains(new KnowledgeDiffLine(KnowledgeDiffKind.Deleted, "标签：出租车，运价"), fares.Lines);
        Assert.False((await article.DiffAsync(Manager, 2, 2)).HasChanges);
        await Assert.ThrowsAsync<KnowledgeNotFoundException>(() => article.DiffAsync(Manager, 1, 9));
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.GetVersionsAsync(Agent));
    }

    [Fact]
    public async Task Restoring_an_old_version_adds_a_new_version_with_its_content()
    {
        var (article, original) = await ArticleAsync();
        await article.AcquireLockAsync(Trainer);
        await article.EditAsync(Trainer, original with { Title = "改错的标题", Tables = [] }, null);

        var restored = await article.RestoreAsync(Trainer, 1, "误删表格");

        Assert.Equal(3, restored.LatestVersion);
        Assert.True(restored.Content.SameAs(original));
        var versions = await article.GetVersionsAsync(Trainer);
        Assert.Equal(3, versions.Count);
        Assert.Equal("从版本 1 恢复：误删表格", versions[2].Note);
        Assert.Equal("改错的标题", versions[1].Content.Title);
    }

    [Fact]
    public async Task An_unchanged_save_adds_no_version()
    {
        var (article, original) = await ArticleAsync();
        await article.AcquireLockAsync(Trainer);
        Assert.Equal(1, (await article.EditAsync(Trainer, original, null)).LatestVersion);
        Assert.Single(await article.GetVersionsAsync(Trainer));
    }

    [Fact]
    public async Task Editing_a_published_article_leaves_agents_on_the_published_version_until_the_next_publication()
    {
        var (article, original) = await ArticleAsync();
        await article.SubmitAsync(Trainer, null, null);
        await article.ApproveAsync(QaLead, null);
        await article.PublishAsync(QaLead);
        await article.AcquireLockAsync(Supervisor);

        var edited = await article.EditAsync(Supervisor, original with { Title = "出租汽车运价标准（2026年调整）" }, null);

        Assert.Equal(KnowledgeState.Draft, edited.State);
        var agentView = await article.GetAsync(Agent);
        Assert.Equal(original.Title, agentView.Content.Title);
        Assert.Equal(1, agentView.Version);
        Assert.Contains(await fixture.Catalog.ListAsync(Agent, KnowledgeQuery.All, Token), a => a.Id == edited.Id && a.Title == original.Title);
        await article.SubmitAsync(Supervisor, null, null);
        await article.ApproveAsync(Manager, null);
        await article.PublishAsync(Manager);
        Assert.Equal("出租汽车运价标准（2026年调整）", (await article.GetAsync(Agent)).Content.Title);
    }

    private async Task<(IKnowledgeArticleGrain Article, KnowledgeContent Content)> ArticleAsync()
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.TaxiFares(), Token);
        return (fixture.Article(draft.Id), draft.Content);
    }
}
