using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Knowledge.Store;
using Hotline.Grains.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Hotline.Grains.Tests.Knowledge.KnowledgeActors;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The knowledge index on the real store: kept in step by the article grains, rebuilt on disk from the store when its folder
/// is gone or its schema is older, searched with the reader's library rights.</summary>
[Trait("Category", "Integration")]
public abstract class KnowledgeSearchContract(KnowledgeClusterFixture fixture) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-knowledge-index-" + Guid.NewGuid().ToString("N")[..12]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private KnowledgeSearch Search => fixture.SiloServices.GetRequiredService<KnowledgeSearch>();

    [Fact]
    public async Task Publishing_editing_and_archiving_keep_the_index_in_step()
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, "faq",
            new KnowledgeContent { Title = "行李遗失处理办法", Code = "02.01", Body = "乘客在出租车上遗失行李，可凭发票查询车辆。" }, Token);
        var article = fixture.Article(draft.Id);
        Assert.Equal([draft.Id], await IdsAsync(Trainer, "行李"));
        Assert.Empty(await IdsAsync(Agent, "行李"));

        await PublishAsync(article);
        var hit = Assert.Single(await Search.SearchAsync(Agent, "行李", new KnowledgeQuery(), 10, Token));
        Assert.Equal(draft.Id, hit.Id);
        Assert.Contains(hit.Highlights, h => System.Net.WebUtility.HtmlDecode(h).Contains("<em>行李</em>", StringComparison.Ordinal));

        await article.AcquireLockAsync(Trainer);
        await article.EditAsync(Trainer, new KnowledgeContent { Title = "随身物品遗失处理办法", Code = "02.01", Body = "乘客遗失随身物品，可凭发票查询车辆。" }, "改写");
        Assert.Equal([draft.Id], await IdsAsync(Agent, "行李"));
        Assert.Empty(await IdsAsync(Agent, "随身物品"));
        Assert.Equal([draft.Id], await IdsAsync(Trainer, "随身物品"));
        Assert.Empty(await IdsAsync(Trainer, "行李"));

        await article.ArchiveAsync(Manager, "已过时");
        Assert.Empty(await IdsAsync(Agent, "行李"));
        Assert.Equal([draft.Id], await IdsAsync(Trainer, "随身物品", KnowledgeState.Archived));
    }

    [Fact]
    public async Task Results_respect_library_rights()
    {
        var script = await fixture.Catalog.CreateAsync(QaLead, "scripts",
            new KnowledgeContent { Title = "致歉话术", Code = "06.01", Body = "给您带来不便，深表歉意。" }, Token);
        await fixture.Article(script.Id).SubmitAsync(QaLead, null, null);
        await fixture.Article(script.Id).ApproveAsync(Admin, null);
        await fixture.Article(script.Id).PublishAsync(QaLead);

        Assert.Equal([script.Id], await IdsAsync(Agent, "致歉"));
        // Analysts read the other libraries but not the call scripts; enterprises read no library at all.
        Assert.Empty(await IdsAsync(new KnowledgeActor("analyst-1", ["analyst"]), "致歉"));
        Assert.Empty(await IdsAsync(Enterprise, "致歉"));
    }

    [Fact]
    public async Task The_on_disk_index_is_rebuilt_from_the_store_when_its_folder_is_deleted_and_finds_the_expected_articles()
    {
        var refusal = await PublishedAsync("faq", "出租车拒载如何投诉", "02.01", "乘客遭遇拒载，可拨打12328投诉，提供车牌号、时间、地点。");
        var rideHailing = await PublishedAsync("policies", "网约车平台经营规定", "02.02", "网约车平台公司应当取得经营许可。");
        var plate = await PublishedAsync("enterprises", "某出租汽车公司", "02.01", "该公司车辆粤B54321曾因绕路被投诉，已约谈。");
        await PublishedAsync("policies", "货车载重规定", "02.05", "货车不得超载，载货量以行驶证为准。");

        using (var first = OpenOnDisk())
        {
            var start = await first.EnsureCurrentAsync(Token);
            Assert.True(start.Rebuilt);
            await AssertTopHitsAsync(first, refusal, rideHailing, plate);
        }
        using (var reopened = OpenOnDisk())
        {
            Assert.False((await reopened.EnsureCurrentAsync(Token)).Rebuilt);
            await AssertTopHitsAsync(reopened, refusal, rideHailing, plate);
        }
        Directory.Delete(_folder, recursive: true);
        using (var rebuilt = OpenOnDisk())
        {
            var start = await rebuilt.EnsureCurrentAsync(Token);
            Assert.True(start.Rebuilt);
            Assert.Contains("no index", start.Reason, StringComparison.Ordinal);
            await AssertTopHitsAsync(rebuilt, refusal, rideHailing, plate);
        }
    }

    [Fact]
    public async Task An_index_of_an_older_schema_is_rebuilt_and_a_current_one_catches_up_on_changes_made_while_closed()
    {
        var kept = await PublishedAsync("faq", "公交卡充值网点", "02.03", "公交卡可在地铁站充值。");
        using (var stale = LuceneIndex.Open(_folder, new ChineseAnalyzer(ChineseSegmentationMode.Index)))
        {
            stale.Commit(new Dictionary<string, string>(StringComparer.Ordinal) { ["schema"] = "1" });
        }
        using (var upgraded = OpenOnDisk())
        {
            var start = await upgraded.EnsureCurrentAsync(Token);
            Assert.True(start.Rebuilt);
            Assert.Contains("schema 1", start.Reason, StringComparison.Ordinal);
            Assert.Contains(kept, Ids(await upgraded.SearchAsync(Agent, "公交卡", new KnowledgeQuery(), 10, Token)));
        }

        // Published while this index was closed: the store's change time is past the watermark, so opening it again picks it up.
        var later = await PublishedAsync("faq", "地铁末班车时间", "04", "地铁末班车时间以车站公告为准。");
        using var caughtUp = OpenOnDisk();
        Assert.False((await caughtUp.EnsureCurrentAsync(Token)).Rebuilt);
        Assert.Equal([later], Ids(await caughtUp.SearchAsync(Agent, "末班车", new KnowledgeQuery(), 10, Token)));
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private KnowledgeSearch OpenOnDisk() =>
        new(fixture.SiloServices.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>(), Options.Create(new KnowledgeOptions { SearchFolder = _folder }));

    private static async Task AssertTopHitsAsync(KnowledgeSearch search, string refusal, string rideHailing, string plate)
    {
        Assert.Equal(refusal, (await search.SearchAsync(Agent, "拒载", new KnowledgeQuery(), 10, Token))[0].Id);
        Assert.Equal(rideHailing, (await search.SearchAsync(Agent, "网约车", new KnowledgeQuery(), 10, Token))[0].Id);
        Assert.Equal(plate, (await search.SearchAsync(Agent, "粤B54321", new KnowledgeQuery(), 10, Token))[0].Id);
        Assert.Equal([refusal], Ids(await search.SearchAsync(Agent, "拒载", new KnowledgeQuery { LibraryId = "faq", Code = "02" }, 10, Token)));
    }

    private async Task<string> PublishedAsync(string library, string title, string code, string body)
    {
        var draft = await fixture.Catalog.CreateAsync(Trainer, library, new KnowledgeContent { Title = title, Code = code, Body = body }, Token);
        await PublishAsync(fixture.Article(draft.Id));
        return draft.Id;
    }

    private static async Task PublishAsync(IKnowledgeArticleGrain article)
    {
        await article.SubmitAsync(Trainer, null, null);
        await article.ApproveAsync(Manager, null);
        await article.PublishAsync(Manager);
    }

    private async Task<string[]> IdsAsync(KnowledgeActor actor, string text, KnowledgeState? state = null) =>
        Ids(await Search.SearchAsync(actor, text, new KnowledgeQuery { State = state }, 10, Token));

    private static string[] Ids(IReadOnlyList<KnowledgeSearchHit> hits) => [.. hits.Select(h => h.Id)];
}
