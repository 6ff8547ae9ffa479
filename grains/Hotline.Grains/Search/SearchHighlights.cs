using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Hotline.Grains.Search;

/// <summary>Marks a query's words in a stored text: HTML-escaped fragments with the matches wrapped in &lt;em&gt;.</summary>
public sealed class SearchHighlights(Analyzer analyzer, int fragmentChars = 60)
{
    /// <summary>The opening mark around a matched word.</summary>
    public const string Open = "<em>";

    /// <summary>The closing mark around a matched word.</summary>
    public const string Close = "</em>";

    /// <summary>Up to <paramref name="maxFragments"/> best fragments of <paramref name="text"/> (field <paramref name="field"/>) marking <paramref name="query"/>'s
    /// words; empty when no word matches.</summary>
    public IReadOnlyList<string> Fragments(Query query, string field, string? text, int maxFragments)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrEmpty(text))
            return [];
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), new HtmlTextEncoder(), new QueryScorer(query, field))
        {
            TextFragmenter = new SimpleFragmenter(fragmentChars),
        };
        using var stream = analyzer.GetTokenStream(field, text);
        return [.. highlighter.GetBestFragments(stream, text, maxFragments).Where(f => f.Contains(Open, StringComparison.Ordinal))];
    }
}
