using System.Globalization;
using Hotline.Grains.Search;
using Lucene.Net.Analysis.Cn.Smart;

namespace Hotline.Grains.Tests.Search;

/// <summary>Relevance on a small hotline corpus: the jieba analyzer puts exactly the expected tickets on top for 拒载, 网约车, a plate …,
/// and is measured against SmartCn on the same corpus, index and AND semantics.</summary>
[Trait("Category", "Unit")]
public sealed class ChineseRelevanceTests
{
    [Fact]
    public void The_hotline_analyzer_ranks_the_expected_tickets_first_for_every_query()
    {
        using var ranking = new CorpusRanking(new ChineseAnalyzer(ChineseSegmentationMode.Index), new ChineseAnalyzer(ChineseSegmentationMode.Query));

        foreach (var probe in HotlineCorpus.Probes)
            Assert.Equal(probe.Relevant.Order(StringComparer.Ordinal), ranking.Top(probe.Text, probe.Relevant.Count).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_hotline_analyzer_matches_no_ticket_that_only_shares_characters()
    {
        using var ranking = new CorpusRanking(new ChineseAnalyzer(ChineseSegmentationMode.Index), new ChineseAnalyzer(ChineseSegmentationMode.Query));

        Assert.Equal(HotlineCorpus.Probes.Select(p => p.Relevant.Count), ranking.MatchCounts());
    }

    [Fact]
    public void SmartCn_measured_on_the_same_corpus_ranks_worse()
    {
        using var jieba = new CorpusRanking(new ChineseAnalyzer(ChineseSegmentationMode.Index), new ChineseAnalyzer(ChineseSegmentationMode.Query));
        using var smartCn = new CorpusRanking(new SmartChineseAnalyzer(ChineseAnalyzer.Version), new SmartChineseAnalyzer(ChineseAnalyzer.Version));

        var (jiebaPrecision, smartPrecision) = (jieba.Precisions().Average(), smartCn.Precisions().Average());
        var (jiebaMatches, smartMatches) = (jieba.MatchCounts().Sum(), smartCn.MatchCounts().Sum());
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"precision@|R| jieba {jiebaPrecision:0.000} smartcn {smartPrecision:0.000}; matched tickets jieba {jiebaMatches} smartcn {smartMatches} (relevant {HotlineCorpus.Probes.Sum(p => p.Relevant.Count)})"));

        Assert.True(jiebaPrecision > smartPrecision || jiebaMatches < smartMatches,
            $"jieba precision {jiebaPrecision} and {jiebaMatches} matches against SmartCn {smartPrecision} and {smartMatches}");
        Assert.True(jiebaPrecision >= smartPrecision, $"jieba precision {jiebaPrecision} is below SmartCn's {smartPrecision}");
    }
}
