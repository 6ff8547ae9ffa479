using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Search;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Relevance on a small Chinese corpus with the hotline analyzer: 拒载, 网约车 and a plate number find the expected articles first.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeSearchIndexTests : IDisposable
{
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
    }

    [Theory]
    [InlineData("拒载", "refusal")]
    [InlineData("网约车", "ride-hailing")]
    [InlineData("粤B12345", "plate")]
    [InlineData("运价", "taxi-fare")]
    public void The_expected_article_is_the_top_hit(string query, string expected) =>
        Assert.Equal(expected, _index.Search(query, publishedOnly: true)[0].Id);

    [Fact]
    public void Domain_words_are_not_split_into_characters()
    {
        // 拒载 cut into 拒/载 would find the overload rules (载); 网约车 into 网/约/车 every text with 车.
        Assert.DoesNotContain(_index.Search("拒载", publishedOnly: true), h => h.Id == "load");
        Assert.Equal(["ride-hailing"], _index.Search("网约车", publishedOnly: true).Select(h => h.Id));
    }

    [Fact]
    public void Agents_do_not_find_unpublished_articles_and_editors_do()
    {
        Assert.DoesNotContain(_index.Search("拒载", publishedOnly: true), h => h.Id == "draft");
        Assert.Contains(_index.Search("拒载", publishedOnly: false), h => h.Id == "draft");
    }

    [Fact]
    public void A_title_match_ranks_above_a_text_match()
    {
        var hits = _index.Search("拒载", publishedOnly: false).Select(h => h.Id).ToList();
        Assert.True(hits.IndexOf("refusal") < hits.IndexOf("plate") || !hits.Contains("plate"));
        Assert.Equal("draft", _index.Search("处理 拒载", publishedOnly: false)[0].Id);
    }

    [Fact]
    public void Filters_by_library_and_code_subtree_and_highlights_the_words()
    {
        Assert.Equal(["plate"], _index.Search("投诉", publishedOnly: true, libraryId: "enterprises").Select(h => h.Id));
        Assert.Equal(["refusal", "plate"], _index.Search("投诉", publishedOnly: true, code: "02").Select(h => h.Id).Order().Reverse());
        Assert.Empty(_index.Search("投诉", publishedOnly: true, code: "03"));
        var hit = _index.Search("拒载", publishedOnly: true)[0];
        Assert.Contains(hit.Highlights, h => System.Net.WebUtility.HtmlDecode(h).Contains("<em>拒载</em>", StringComparison.Ordinal));
    }

    public void Dispose() => _index.Dispose();

    private void Add(string id, string library, string code, string title, string body, bool published = true) =>
        _index.Upsert(id, library, published ? KnowledgeState.Published : KnowledgeState.Draft, published,
            new KnowledgeContent { Title = title, Code = code, Body = body });
}
