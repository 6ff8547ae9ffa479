using Hotline.Grains.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Hotline.Grains.Tests.Search;

/// <summary>Indexes <see cref="HotlineCorpus"/> with one analyzer pair and measures, per query, how many of the top |relevant| hits are relevant.</summary>
internal sealed class CorpusRanking : IDisposable
{
    private readonly LuceneIndex _index;
    private readonly FieldQueries _queries;

    public CorpusRanking(Analyzer indexAnalyzer, Analyzer queryAnalyzer)
    {
        _index = LuceneIndex.InMemory(indexAnalyzer);
        foreach (var entry in HotlineCorpus.Entries)
        {
            _index.Add(new Document
            {
                new StringField("key", entry.Key, Field.Store.YES),
                new TextField("subject", entry.Subject, Field.Store.NO),
                new TextField("description", entry.Description, Field.Store.NO),
            });
        }
        _index.Commit(new Dictionary<string, string>());
        _queries = new FieldQueries(queryAnalyzer, new Dictionary<string, float>(StringComparer.Ordinal) { ["description"] = 1f, ["subject"] = 3f });
    }

    /// <summary>The keys of the best <paramref name="count"/> hits for <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<string> Top(string text, int count)
    {
        var query = _queries.Parse(text);
        if (query is null)
            return [];
        return _index.Search(s => s.Search(query, count).ScoreDocs.Select(d => s.Doc(d.Doc).Get("key", System.Globalization.CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>Per probe, the share of the top |relevant| hits that are relevant (1 = exactly the expected tickets on top).</summary>
    public IReadOnlyList<double> Precisions() =>
        [.. HotlineCorpus.Probes.Select(p => Top(p.Text, p.Relevant.Count).Count(p.Relevant.Contains) / (double)p.Relevant.Count)];

    /// <summary>Per probe, how many tickets match at all (AND semantics); more than |relevant| means false hits.</summary>
    public IReadOnlyList<int> MatchCounts() => [.. HotlineCorpus.Probes.Select(p => Top(p.Text, HotlineCorpus.Entries.Count).Count)];

    public void Dispose() => _index.Dispose();
}
