using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.Grains.Search;

/// <summary>Turns what a user typed into a Lucene query over several boosted fields, without query syntax (nothing typed can fail to parse).</summary>
/// <remarks>Every query word must appear in at least one field (AND across words, OR across fields, the best field's score counting most):
/// measured on the hotline corpus, OR semantics let a common word such as 司机 pull unrelated tickets above the ones asked for.</remarks>
public sealed class FieldQueries(Analyzer queryAnalyzer, IReadOnlyDictionary<string, float> fieldBoosts)
{
    /// <summary>The query for <paramref name="text"/>, or null when it has no searchable word (only stop words or punctuation).</summary>
    public Query? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = AnalyzedTerms.Of(queryAnalyzer, fieldBoosts.Keys.First(), text).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
            return null;
        var all = new BooleanQuery();
        foreach (var word in words)
        {
            var anyField = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost) in fieldBoosts)
                anyField.Add(new TermQuery(new Term(field, word)) { Boost = boost });
            all.Add(anyField, Occur.MUST);
        }
        return all;
    }
}
