using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Content;
using Hotline.Grains.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>Full-text search over articles on the hotline's Chinese analyzer: title boosted over text, filters by library, code subtree and state, highlights.</summary>
/// <remarks>Agents search the published version (<c>published</c> field); editors the working copy. The owner indexes each article after a change.</remarks>
public sealed class KnowledgeSearchIndex(LuceneIndex index) : IDisposable
{
    private const string IdField = "id";
    private const string LibraryField = "library";
    private const string CodeField = "code";
    private const string StateField = "state";
    private const string PublishedField = "published";
    private const string TitleField = "title";
    private const string TextField = "text";

    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal) { [TitleField] = 4f, [TextField] = 1f };
    private readonly ChineseAnalyzer _queryAnalyzer = new(ChineseSegmentationMode.Query);

    /// <summary>Adds or replaces an article: <paramref name="content"/> is what its readers see.</summary>
    public void Upsert(string id, string libraryId, KnowledgeState state, bool published, KnowledgeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = KnowledgeContentText.Lines(content).Skip(4);
        index.Upsert(new Term(IdField, id),
        [
            new StringField(IdField, id, Field.Store.YES),
            new StringField(LibraryField, libraryId, Field.Store.YES),
            new StringField(CodeField, content.Code ?? "", Field.Store.NO),
            new StringField(StateField, state.ToString(), Field.Store.NO),
            new StringField(PublishedField, published ? "1" : "0", Field.Store.NO),
            new TextField(TitleField, content.Title, Field.Store.YES),
            new TextField(TextField, string.Join('\n', lines.Prepend(string.Join(' ', content.Tags))), Field.Store.YES),
        ]);
        index.Refresh();
    }

    /// <summary>Removes an article.</summary>
    public void Delete(string id)
    {
        index.Delete(new Term(IdField, id));
        index.Refresh();
    }

    /// <summary>The best <paramref name="take"/> articles for <paramref name="text"/> among those matching the filters.</summary>
    public IReadOnlyList<KnowledgeSearchHit> Search(string text, bool publishedOnly, string? libraryId = null, string? code = null, KnowledgeState? state = null, int take = 10)
    {
        if (new FieldQueries(_queryAnalyzer, Boosts).Parse(text ?? "") is not { } words)
            return [];
        var query = new BooleanQuery { { words, Occur.MUST } };
        if (publishedOnly)
            query.Add(Filter(new TermQuery(new Term(PublishedField, "1"))), Occur.MUST);
        if (libraryId is not null)
            query.Add(Filter(new TermQuery(new Term(LibraryField, libraryId))), Occur.MUST);
        if (code is not null)
            query.Add(Filter(new BooleanQuery { { new TermQuery(new Term(CodeField, code)), Occur.SHOULD }, { new PrefixQuery(new Term(CodeField, code + ".")), Occur.SHOULD } }), Occur.MUST);
        if (state is { } wanted)
            query.Add(Filter(new TermQuery(new Term(StateField, wanted.ToString()))), Occur.MUST);
        var highlights = new SearchHighlights(_queryAnalyzer);
        return index.Search(searcher => searcher.Search(query, Math.Max(1, take)).ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            return new KnowledgeSearchHit(document.Get(IdField, System.Globalization.CultureInfo.InvariantCulture), document.Get(LibraryField, System.Globalization.CultureInfo.InvariantCulture), document.Get(TitleField, System.Globalization.CultureInfo.InvariantCulture), hit.Score,
                [.. highlights.Fragments(words, TitleField, document.Get(TitleField, System.Globalization.CultureInfo.InvariantCulture), 1), .. highlights.Fragments(words, TextField, document.Get(TextField, System.Globalization.CultureInfo.InvariantCulture), 2)]);
        }).ToArray());
    }

    // Lucene 4.8 has no FILTER clause: a required clause that adds nothing to the score.
    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0f };

    public void Dispose()
    {
        _queryAnalyzer.Dispose();
        index.Dispose();
    }
}
