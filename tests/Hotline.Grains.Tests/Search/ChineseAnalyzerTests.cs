using Hotline.Grains.Search;
using Lucene.Net.Analysis.Cn.Smart;

namespace Hotline.Grains.Tests.Search;

/// <summary>The hotline analyzer keeps the hotline's words and plates whole, where SmartCn cuts them into characters.</summary>
[Trait("Category", "Unit")]
public sealed class ChineseAnalyzerTests
{
    private static readonly ChineseAnalyzer Query = new(ChineseSegmentationMode.Query);
    private static readonly ChineseAnalyzer Index = new(ChineseSegmentationMode.Index);

    [Theory]
    [InlineData("出租车司机拒载", "拒载")]
    [InlineData("打了网约车被绕路", "网约车")]
    [InlineData("打了网约车被绕路", "绕路")]
    [InlineData("司机在半路甩客还要议价", "甩客")]
    [InlineData("司机在半路甩客还要议价", "议价")]
    [InlineData("拨打12328投诉", "12328")]
    public void Query_words_keep_hotline_terms_whole(string text, string term)
    {
        Assert.Contains(term, AnalyzedTerms.Of(Query, "f", text));
        Assert.Contains(term, AnalyzedTerms.Of(Index, "f", text));
    }

    [Theory]
    [InlineData("车牌粤B12345的出租车")]
    [InlineData("车牌粤b12345的出租车")]
    [InlineData("车牌粤B·12345的出租车")]
    [InlineData("车牌 粤B 12345 的出租车")]
    public void Plates_are_one_word_whatever_way_they_are_typed(string text)
    {
        Assert.Contains("粤b12345", AnalyzedTerms.Of(Query, "f", text));
        Assert.DoesNotContain("12345", AnalyzedTerms.Of(Query, "f", text));
    }

    [Fact]
    public void New_energy_plates_with_six_characters_stay_whole()
    {
        Assert.Contains("沪ad12345", AnalyzedTerms.Of(Query, "f", "沪AD12345新能源网约车"));
    }

    [Fact]
    public void Index_words_add_dictionary_sub_words_so_shorter_queries_match()
    {
        var words = AnalyzedTerms.Of(Index, "f", "出租车司机态度恶劣");

        Assert.Contains("出租车司机", words);
        Assert.Contains("出租车", words);
        Assert.Contains("司机", words);
        Assert.DoesNotContain("出租车司机", AnalyzedTerms.Of(Query, "f", "出租车 司机"));
    }

    [Fact]
    public void Stop_words_and_punctuation_are_dropped()
    {
        var words = AnalyzedTerms.Of(Query, "f", "我的车费，被多收了！");

        Assert.DoesNotContain("的", words);
        Assert.DoesNotContain("我", words);
        Assert.DoesNotContain("，", words);
        Assert.Contains("车费", words);
    }

    [Fact]
    public void Word_offsets_point_at_the_words_in_the_text()
    {
        const string text = "昨天粤B12345拒载";
        var words = ChineseWordSegmenter.Shared.Segment(text, ChineseSegmentationMode.Query);

        Assert.All(words, w => Assert.Equal(w.Text, VehiclePlates.Normalise(text[w.Start..w.End])));
        Assert.Contains(words, w => w.Text == "拒载" && w.Start == 9);
    }

    [Theory]
    [InlineData("出租车司机拒载", "拒载")]
    [InlineData("打了网约车被绕路", "网约车")]
    public void SmartCn_cuts_the_same_terms_apart(string text, string term)
    {
        using var smartCn = new SmartChineseAnalyzer(ChineseAnalyzer.Version);

        Assert.DoesNotContain(term, AnalyzedTerms.Of(smartCn, "f", text));
    }
}
