using Hotline.Grains.Abstractions.Knowledge;
using Microsoft.EntityFrameworkCore;
using static Hotline.Grains.Tests.Knowledge.KnowledgeActors;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The article grain's edit lock: two editors, expiry, release, and an administrator's forced release.</summary>
[Trait("Category", "Integration")]
public abstract class KnowledgeLockContract(KnowledgeClusterFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_editor_is_refused_while_the_first_holds_the_lock_and_cannot_edit_without_it()
    {
        var article = await DraftAsync();
        var held = await article.AcquireLockAsync(Trainer);
        Assert.Equal(Trainer.Id, held.Holder);
        Assert.Equal(fixture.Clock.GetUtcNow().AddMinutes(15), held.ExpiresAt);

        var refused = await Assert.ThrowsAsync<KnowledgeLockException>(() => article.AcquireLockAsync(Supervisor));
        Assert.Contains(Trainer.Id, refused.Message, StringComparison.Ordinal);
        var edit = await Assert.ThrowsAsync<KnowledgeLockException>(() => article.EditAsync(Supervisor, KnowledgeSamples.Refusal() with { Body = "改" }, null));
        Assert.Contains(Trainer.Id, edit.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KnowledgeLockException>(() => article.ReleaseLockAsync(Supervisor));
        await Assert.ThrowsAsync<KnowledgeLockException>(() => article.SubmitAsync(Supervisor, null, null));

        var edited = await article.EditAsync(Trainer, KnowledgeSamples.Refusal() with { Body = "第二版" }, "补充");
        Assert.Equal(2, edited.LatestVersion);
        await article.ReleaseLockAsync(Trainer);
        Assert.Equal(Supervisor.Id, (await article.AcquireLockAsync(Supervisor)).Holder);
    }

    [Fact]
    public async Task An_edit_without_taking_the_lock_is_refused()
    {
        var article = await DraftAsync();
        var error = await Assert.ThrowsAsync<KnowledgeLockException>(() => article.EditAsync(Trainer, KnowledgeSamples.Refusal() with { Body = "x" }, null));
        Assert.Contains("edit lock", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await article.GetAsync(Trainer)).LatestVersion);
    }

    [Fact]
    public async Task A_lock_lapses_after_its_expiry_and_another_editor_takes_it()
    {
        var article = await DraftAsync();
        await article.AcquireLockAsync(Trainer);
        fixture.Clock.Advance(TimeSpan.FromMinutes(14));
        await Assert.ThrowsAsync<KnowledgeLockException>(() => article.AcquireLockAsync(Supervisor));

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(Supervisor.Id, (await article.AcquireLockAsync(Supervisor)).Holder);
        await Assert.ThrowsAsync<KnowledgeLockException>(() => article.EditAsync(Trainer, KnowledgeSamples.Refusal() with { Body = "迟到的修改" }, null));
    }

    [Fact]
    public async Task Only_an_administrator_forces_a_lock_free_and_the_history_records_whose_lock_and_why()
    {
        var article = await DraftAsync();
        await article.AcquireLockAsync(Trainer);

        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.ForceReleaseLockAsync(Manager, "急需修改"));
        await article.ForceReleaseLockAsync(Admin, "编辑已下班");

        Assert.Null((await article.GetAsync(Trainer)).Lock);
        Assert.Equal(Supervisor.Id, (await article.AcquireLockAsync(Supervisor)).Holder);
        await Assert.ThrowsAsync<KnowledgeLockException>(() => article.EditAsync(Trainer, KnowledgeSamples.Refusal() with { Body = "x" }, null));
        await using var db = fixture.CreateDbContext();
        var forced = await db.History.SingleAsync(h => h.ArticleId == article.GetPrimaryKeyString() && h.Action == "force-unlock", Token);
        Assert.Equal(Admin.Id, forced.Actor);
        Assert.Equal($"{Trainer.Id}: 编辑已下班", forced.Note);
    }

    [Fact]
    public async Task Articles_in_review_cannot_be_locked_or_edited()
    {
        var article = await DraftAsync();
        await article.SubmitAsync(Trainer, null, null);
        await Assert.ThrowsAsync<KnowledgeWorkflowException>(() => article.AcquireLockAsync(Trainer));
    }

    private async Task<IKnowledgeArticleGrain> DraftAsync()
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal(), Token);
        return fixture.Article(draft.Id);
    }
}
