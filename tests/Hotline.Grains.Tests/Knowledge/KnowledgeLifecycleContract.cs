using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Store;
using Microsoft.EntityFrameworkCore;
using static Hotline.Grains.Tests.Knowledge.KnowledgeActors;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Draft → review → approved → published → archived on the real store, with the role checks of each step.</summary>
[Trait("Category", "Integration")]
public abstract class KnowledgeLifecycleContract(KnowledgeClusterFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_article_goes_from_draft_to_published_and_agents_see_it_only_then()
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.TaxiFares(), Token);
        var article = fixture.Article(draft.Id);
        Assert.Equal(KnowledgeState.Draft, draft.State);
        await Assert.ThrowsAsync<KnowledgeNotFoundException>(() => article.GetAsync(Agent));
        Assert.DoesNotContain(await fixture.Catalog.ListAsync(Agent, KnowledgeQuery.All, Token), a => a.Id == draft.Id);

        Assert.Equal(KnowledgeState.InReview, (await article.SubmitAsync(Trainer, null, "请审核")).State);
        Assert.Equal(KnowledgeState.Approved, (await article.ApproveAsync(Manager, "内容准确")).State);
        var published = await article.PublishAsync(Manager);

        Assert.Equal(KnowledgeState.Published, published.State);
        Assert.Equal(1, published.PublishedVersion);
        var seen = await article.GetAsync(Agent);
        Assert.Equal("出租汽车运价标准", seen.Content.Title);
        Assert.Equal("13.00", seen.Content.Tables[0].Rows[0][1]);
        Assert.Contains(await fixture.Catalog.ListAsync(Agent, KnowledgeQuery.All, Token), a => a.Id == draft.Id);
        await using var db = fixture.CreateDbContext();
        var actions = await db.History.Where(h => h.ArticleId == draft.Id).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync(Token);
        Assert.Equal(["create", "submit", "approve", "publish"], actions);
    }

    [Fact]
    public async Task Each_step_refuses_actors_without_its_role()
    {
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => fixture.Catalog.CreateAsync(Agent, "faq", KnowledgeSamples.Refusal(), Token));
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => fixture.Catalog.CreateAsync(Supervisor, "scripts", KnowledgeSamples.Refusal(), Token));
        var draft = await fixture.Catalog.CreateAsync(Supervisor, "faq", KnowledgeSamples.Refusal(), Token);
        var article = fixture.Article(draft.Id);

        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.SubmitAsync(Agent, null, null));
        await article.SubmitAsync(Supervisor, null, null);
        var denied = await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.ApproveAsync(Trainer, null));
        Assert.Contains("manager", denied.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KnowledgeWorkflowException>(() => article.PublishAsync(Manager));
        await article.ApproveAsync(Manager, null);
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.PublishAsync(Supervisor));
        await article.PublishAsync(QaLead);
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.ArchiveAsync(Agent, null));
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.GetAsync(Enterprise));
    }

    [Fact]
    public async Task The_submitter_cannot_approve_their_own_article_and_a_named_reviewer_is_the_only_one()
    {
        var draft = await fixture.Catalog.CreateAsync(QaLead, "faq", KnowledgeSamples.Refusal(), Token);
        var article = fixture.Article(draft.Id);
        await article.SubmitAsync(QaLead, Manager.Id, null);

        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.ApproveAsync(QaLead, null));
        var other = new KnowledgeActor("manager-2", [Hotline.Grains.Abstractions.People.PlatformRole.Manager]);
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => article.ApproveAsync(other, null));
        Assert.Equal(KnowledgeState.Approved, (await article.ApproveAsync(Manager, null)).State);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_returns_the_article_to_draft()
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal(), Token);
        var article = fixture.Article(draft.Id);
        await article.SubmitAsync(Trainer, null, null);

        var missing = await Assert.ThrowsAsync<KnowledgeValidationException>(() => article.RejectAsync(Manager, " "));
        Assert.Equal("reason", missing.Field);
        Assert.Equal(KnowledgeState.Draft, (await article.RejectAsync(Manager, "请补充投诉渠道")).State);
        await using var db = fixture.CreateDbContext();
        Assert.Equal("请补充投诉渠道", (await db.History.Where(h => h.ArticleId == draft.Id && h.Action == "reject").SingleAsync(Token)).Note);
    }

    [Fact]
    public async Task Archiving_hides_the_article_from_agents_and_usage_is_counted_only_while_published()
    {
        var id = await PublishedAsync(KnowledgeSamples.Refusal());
        var article = fixture.Article(id);
        Assert.Equal(1, await article.RecordUsageAsync("call-1"));
        Assert.Equal(2, await article.RecordUsageAsync("call-2"));
        Assert.Equal(2, (await article.GetAsync(Agent)).UsageCount);

        await article.ArchiveAsync(Manager, "政策已废止");

        await Assert.ThrowsAsync<KnowledgeNotFoundException>(() => article.GetAsync(Agent));
        await Assert.ThrowsAsync<KnowledgeWorkflowException>(() => article.RecordUsageAsync("call-3"));
        Assert.Equal(KnowledgeState.Archived, (await article.GetAsync(Manager)).State);
        Assert.DoesNotContain(await fixture.Catalog.ListAsync(Agent, KnowledgeQuery.All, Token), a => a.Id == id);
    }

    [Fact]
    public async Task Published_articles_not_reviewed_for_the_configured_days_are_flagged_stale_until_confirmed()
    {
        var id = await PublishedAsync(KnowledgeSamples.Refusal() with { Title = "旧政策 " + Guid.NewGuid().ToString("N")[..6] });
        var fresh = await fixture.Catalog.ListAsync(Manager, new KnowledgeQuery { StaleOnly = true, Take = 1000 }, Token);
        Assert.DoesNotContain(fresh, a => a.Id == id);

        fixture.Clock.Advance(TimeSpan.FromDays(181));

        var stale = await fixture.Catalog.ListAsync(Manager, new KnowledgeQuery { StaleOnly = true, Take = 1000 }, Token);
        Assert.Contains(stale, a => a.Id == id && a.IsStale);
        await fixture.Article(id).ConfirmReviewedAsync(QaLead, "仍然有效");
        Assert.DoesNotContain(await fixture.Catalog.ListAsync(Manager, new KnowledgeQuery { StaleOnly = true, Take = 1000 }, Token), a => a.Id == id);
    }

    [Fact]
    public async Task Lists_filter_by_library_code_subtree_state_and_tag()
    {
        var tag = "标签" + Guid.NewGuid().ToString("N")[..6];
        var taxi = await fixture.Catalog.CreateAsync(Trainer, "policies", KnowledgeSamples.Refusal() with { Tags = [tag] }, Token);
        var bus = await fixture.Catalog.CreateAsync(Trainer, "policies", KnowledgeSamples.Refusal() with { Code = "02.03", Tags = [tag] }, Token);
        var faq = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal() with { Code = "01.01", Tags = [tag] }, Token);

        var road = await fixture.Catalog.ListAsync(Trainer, new KnowledgeQuery { Code = "02", Tag = tag }, Token);
        Assert.Equal(new[] { bus.Id, taxi.Id }.Order(), road.Select(a => a.Id).Order());
        var policies = await fixture.Catalog.ListAsync(Trainer, new KnowledgeQuery { LibraryId = "faq", Tag = tag, State = KnowledgeState.Draft }, Token);
        Assert.Equal([faq.Id], policies.Select(a => a.Id));
        Assert.Empty(await fixture.Catalog.ListAsync(Trainer, new KnowledgeQuery { Tag = tag, State = KnowledgeState.Published }, Token));
    }

    [Fact]
    public async Task Unknown_codes_and_libraries_are_refused_by_name()
    {
        var code = await Assert.ThrowsAsync<KnowledgeValidationException>(() =>
            fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal() with { Code = "99.99" }, Token));
        Assert.Equal("Code", code.Field);
        Assert.Contains("99.99", code.Message, StringComparison.Ordinal);
        var library = await Assert.ThrowsAsync<KnowledgeNotFoundException>(() => fixture.Catalog.CreateAsync(Trainer, "nope", KnowledgeSamples.Refusal(), Token));
        Assert.Contains("nope", library.Message, StringComparison.Ordinal);

        await fixture.Catalog.DefineCodeAsync(Manager, new KnowledgeCode("99.99", "测试编码", null), Token);
        await Assert.ThrowsAsync<KnowledgeAccessException>(() => fixture.Catalog.DefineCodeAsync(Agent, new KnowledgeCode("98", "x", null), Token));
        await Assert.ThrowsAsync<KnowledgeValidationException>(() => fixture.Catalog.DefineCodeAsync(Manager, new KnowledgeCode("97.01", "x", "97"), Token));
        var created = await fixture.Catalog.CreateAsync(Trainer, "faq", KnowledgeSamples.Refusal() with { Code = "99.99" }, Token);
        Assert.Equal("99.99", created.Content.Code);
    }

    private async Task<string> PublishedAsync(KnowledgeContent content)
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq", content, Token);
        var article = fixture.Article(draft.Id);
        await article.SubmitAsync(Trainer, null, null);
        await article.ApproveAsync(Manager, null);
        await article.PublishAsync(Manager);
        return draft.Id;
    }
}
