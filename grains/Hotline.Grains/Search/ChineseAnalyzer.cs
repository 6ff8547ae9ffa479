using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Hotline.Grains.Search;

/// <summary>The hotline's Chinese analyzer: jieba words with the hotline terms, plates kept whole, Latin letters lower-cased, stop words dropped.</summary>
/// <remarks>Index with <see cref="ChineseSegmentationMode.Index"/> and parse queries with <see cref="ChineseSegmentationMode.Query"/>; both share the dictionary.</remarks>
public sealed class ChineseAnalyzer(ChineseSegmentationMode mode) : Analyzer
{
    /// <summary>The Lucene version every hotline index is written with.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = new(Version, HotlineWordLists.StopWords, ignoreCase: false);

    /// <summary>How this analyzer cuts text.</summary>
    public ChineseSegmentationMode Mode { get; } = mode;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseTokenizer(reader, Mode);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, StopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
