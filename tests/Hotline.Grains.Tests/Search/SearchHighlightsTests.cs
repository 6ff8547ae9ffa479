using Hotline.Grains.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.Grains.Tests.Search;

/// <summary>Highlights mark matched words in &lt;em&gt; and escape the stored text, leaving Chinese readable.</summary>
[Trait("Category", "Unit")]
public sealed class SearchHighlightsTests
{
    [Fact]
    public void Matched_words_are_marked_and_markup_in_the_text_is_escaped()
    {
        var highlights = new SearchHighlights(new ChineseAnalyzer(ChineseSegmentationMode.Index));
        var query = new TermQuery(new Term("description", "拒载"));

        var fragment = Assert.Single(highlights.Fragments(query, "description", "<b>司机拒载</b> & 走了", 2));

        Assert.Equal("&lt;b&gt;司机<em>拒载</em>&lt;/b&gt; &amp; 走了", fragment);
    }

    [Fact]
    public void A_text_without_the_words_has_no_fragment()
    {
        var highlights = new SearchHighlights(new ChineseAnalyzer(ChineseSegmentationMode.Index));

        Assert.Empty(highlights.Fragments(new TermQuery(new Term("description", "拒载")), "description", "公交车晚点", 2));
    }
}
