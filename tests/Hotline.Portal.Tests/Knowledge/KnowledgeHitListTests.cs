using Bunit;
using Hotline.Grains.Knowledge.Search;
using Hotline.Portal.Components.Pages.Knowledge;
using Hotline.Portal.Tests.Components;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>The knowledge hit list: each hit links to its article page, the index's marked fragments show as emphasis, the rest of the text stays escaped, and an empty search says so.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeHitListTests : PortalComponentTest
{
    [Fact]
    public void A_hit_links_to_its_article_and_shows_its_title_state_and_the_marked_words_as_emphasis()
    {
        var hit = new KnowledgeSearchHit("a-1", "policies", "出租车拒载处理办法", "JT-01", "Published", 3.5f,
            ["乘客投诉<em>拒载</em>时，&lt;b&gt;先核实车牌"]);

        var list = Show<KnowledgeHitList>(p => p.Add(x => x.Hits, [hit]));

        Assert.Equal("出租车拒载处理办法", list.Find("[data-testid=hit-title]").TextContent);
        Assert.Equal("/knowledge/articles/a-1", list.Find("a[data-testid=hit-link]").GetAttribute("href"));
        Assert.Equal("已发布", list.Find("[data-testid=hit-state]").TextContent.Trim());
        var fragment = list.Find("[data-testid=hit-fragment]");
        Assert.Equal("拒载", Assert.Single(fragment.QuerySelectorAll("em")).TextContent);
        Assert.Empty(fragment.QuerySelectorAll("b"));
        Assert.Contains("<b>先核实车牌", fragment.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hits_shows_the_empty_message()
    {
        var list = Show<KnowledgeHitList>(p => p.Add(x => x.Hits, []));

        Assert.Contains("没有找到相关文章", list.Find("[data-testid=no-hits]").TextContent, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("[data-testid=hit]"));
    }
}
