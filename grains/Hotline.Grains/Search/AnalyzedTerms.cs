using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hotline.Grains.Search;

/// <summary>Runs an analyzer over a text and collects the terms it emits (for query building and text similarity).</summary>
public static class AnalyzedTerms
{
    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> in field <paramref name="field"/>, in order, repeats kept.</summary>
    public static IReadOnlyList<string> Of(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
            return terms;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
