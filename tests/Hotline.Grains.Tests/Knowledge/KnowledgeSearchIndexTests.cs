using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Search;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Relevance on a small Chinese corpus with the hotline analyzer: 拒载, 网约车 and a plate number find the expected articles first;
/// readers see published versions, editors working copies, each only in the libraries they are given.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeSearchIndexTests : IDisposable
{
    private static readonly string[] AllLibraries = ["faq", "policies", "enterprises", "routes"];
    private static readonly KnowledgeSearchFilter Readers = KnowledgeSearchFilter.PublishedIn(AllLibraries);
    private static readonly KnowledgeSearchFilter Editors = new() { WorkingLibraries = AllLibraries };
    private readonly KnowledgeSearchIndex _index = new(LuceneIndex.InMemory(new ChineseAnalyzer(ChineseSegmentationMode.Index)));

    public KnowledgeSearchIndexTests()
    {
        Add("refusal", "faq", "02.01", "出租车拒载如何投诉", "乘客遭遇拒载，可拨打12328投诉，提供车牌号、时间、地点。");
        Add("ride-hailing", "policies", "02.02", "网约车平台经营规定", "网约车平台公司应当取得经营许可，驾驶员和车辆应当取得相应证件。");
        Add("taxi-fare", "policies", "01.03", "出租汽车运价标准", "起步价13元，超出部分按里程计费。");
        Add("plate", "enterprises", "02.01", "某出租汽车公司", "该公司车辆粤B12345曾因绕路被投诉，已约谈。");
        Add("bus", "routes", "02.03", "1路公交线路", "首班6:00，末班22:00，途经火车站、汽车站。");
        Add("load", "faq", "02.05", "货车载重规定", "货车不得超载，载货量以行驶证为准。");
        Add("draft", "faq", "02.01", "拒载处理草稿", "拒载的内部处理流程（未发布）。", published: false);
        // Published, then edited: readers keep the published words, editors see the new ones.
        _index.Upsert("edited", "faq", KnowledgeState.Draft,
            new KnowledgeContent { Title = "顺风车合乘须知", Code = "02.02", Body = "合乘出行分摊费用。", Tags = ["合乘"] },
            new KnowledgeContent { Title = "拼车须知", Code = "02.02", Body = "拼车出行分摊费用。" });
        _index.Lucene.Refresh();
    }

    [Theory]
    [InlineData("拒载", "refusal")]
    [InlineData("网约车", "ride-hailing")]
    [InlineData("粤B12345", "plate")]
    [InlineData("运价", "taxi-fare")]
    public void The_expected_article_is_the_top_hit(string query, string expected) =>
        Assert.Equal(expected, _index.Search(query, Readers)[0].Id);

    [Fact]
    public void Domain_words_are_not_split_into_characters()
    {
        // 拒载 cut into 拒/载 would find the overload rules (载); 网约车 into 网/约/车 every text with 车.
        Assert.DoesNotContain(_index.Search("拒载", Readers), h => h.Id == "load");
        Assert.Equal(["ride-hailing"], _index.Search("网约车", Readers).Select(h => h.Id));
    }

    [Fact]
    public void Agents_do_not_find_unpublished_articles_and_editors_do()
    {
        Assert.DoesNotContain(_index.Search("拒载", Readers), h => h.Id == "draft");
        Assert.Contains(_index.Search("拒载", Editors), h => h.Id == "draft");
    }

    [Fact]
    public void A_title_match_ranks_above_a_text_match()
    {
        var hits = _index.Search("拒载", Editors).Select(h => h.Id).ToList();
        Assert.True(hits.IndexOf("refusal") < hits.IndexOf("plate") || !hits.Contains("plate"));
        Assert.Equal("draft", _index.Search("处理 拒载", Editors)[0].Id);
    }

    [Fact]
    public void Filters_by_library_and_code_subtree_and_highlights_the_words()
    {
        Assert.Equal(["plate"], _index.Search("投诉", Readers with { LibraryId = "enterprises" }).Select(h => h.Id));
        Assert.Equal(["refusal", "plate"], _index.Search("投诉", Readers with { Code = "02" }).Select(h => h.Id).Order().Reverse());
        Assert.Empty(_index.Search("投诉", Readers with { Code = "03" }));
        var hit = _index.Search("拒载", Readers)[0];
        Assert.Contains(hit.Highlights, h => System.Net.WebUtility.HtmlDecode(h).Contains("<em>拒载</em>", StringComparison.Ordinal));
    }

    [Fact]
    public void Readers_see_the_published_version_and_editors_the_working_copy()
    {
        Assert.Equal(["edited"], _index.Search("拼车", Readers).Select(h => h.Id));
        Assert.Empty(_index.Search("顺风车", Readers));
        Assert.Equal(["edited"], _index.Search("顺风车", Editors).Select(h => h.Id));
        Assert.Empty(_index.Search("拼车", Editors));
    }

    [Fact]
    public void Only_the_libraries_the_reader_is_given_are_searched()
    {
        Assert.Empty(_index.Search("网约车", KnowledgeSearchFilter.PublishedIn("faq", "routes")));
        Assert.Empty(_index.Search("网约车", new KnowledgeSearchFilter()));
        var mixed = new KnowledgeSearchFilter { WorkingLibraries = ["faq"], PublishedLibraries = ["enterprises"] };
        Assert.Equal(["draft", "refusal"], _index.Search("拒载", mixed).Select(h => h.Id).Order());
        Assert.Equal(["plate", "refusal"], _index.Search("投诉", mixed).Select(h => h.Id).Order());
        Assert.Equal(["refusal"], _index.Search("拒载", KnowledgeSearchFilter.PublishedIn("faq")).Select(h => h.Id));
    }

    [Fact]
    public void Filters_by_tag_and_state()
    {
        Assert.Equal(["edited"], _index.Search("顺风车", Editors with { Tag = "合乘" }).Select(h => h.Id));
        Assert.Empty(_index.Search("顺风车", Editors with { Tag = "拒载" }));
        Assert.Equal(["draft"], _index.Search("拒载", Editors with { State = KnowledgeState.Draft }).Select(h => h.Id));
    }

    [Fact]
    public void An_archived_article_leaves_the_readers_results()
    {
        _index.Upsert("ride-hailing", "policies", KnowledgeState.Archived,
            new KnowledgeContent { Title = "网约车平台经营规定", Code = "02.02", Body = "已废止。" }, published: null);
        _index.Lucene.Refresh();
        Assert.Empty(_index.Search("网约车", Readers));
        Assert.False(_index.HasPublished("网约车"));
        Assert.True(_index.HasPublished("拒载"));
    }

    public void Dispose() => _index.Dispose();

    private void Add(string id, string library, string code, string title, string body, bool published = true)
    {
        var content = new KnowledgeContent { Title = title, Code = code, Body = body };
        _index.Upsert(id, library, published ? KnowledgeState.Published : KnowledgeState.Draft, content, published ? content : null);
    }
}
