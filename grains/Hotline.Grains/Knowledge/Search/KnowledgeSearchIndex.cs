using System.Globalization;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Content;
using Hotline.Grains.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>Full-text search over articles on the hotline's Chinese analyzer: title boosted over text, filters by library, code subtree,
/// state and tag, highlights; each article is indexed twice, as its working copy and as its published version.</summary>
/// <remarks>Editors and reviewers search a library's working copies, readers its published versions (<see cref="KnowledgeSearchFilter"/>);
/// keeping both documents lets one index answer both without reading the store per hit.</remarks>
public sealed class KnowledgeSearchIndex(LuceneIndex index) : IDisposable
{
    private const string KeyField = "key";
    private const string IdField = "id";
    private const string ViewField = "view";
    private const string LibraryField = "library";
    private const string CodeField = "code";
    private const string StateField = "state";
    private const string TagField = "tag";
    private const string TitleField = "title";
    private const string TextField = "text";
    private const string WorkingView = "working";
    private const string PublishedView = "published";

    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal) { [TitleField] = 4f, [TextField] = 1f };
    private readonly ChineseAnalyzer _queryAnalyzer = new(ChineseSegmentationMode.Query);

    /// <summary>The index underneath (commit data, commits).</summary>
    public LuceneIndex Lucene => index;

    /// <summary>Adds or replaces an article's documents: <paramref name="working"/> for editors, <paramref name="published"/> for readers
    /// (null: not published or archived, so readers find nothing). Visible to searches after <see cref="LuceneIndex.Refresh"/> or a commit.</summary>
    public void Upsert(string id, string libraryId, KnowledgeState state, KnowledgeContent working, KnowledgeContent? published)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(working);
        index.Upsert(new Term(KeyField, Key(id, WorkingView)), Document(id, WorkingView, libraryId, state, working));
        if (published is null)
            index.Delete(new Term(KeyField, Key(id, PublishedView)));
        else
            index.Upsert(new Term(KeyField, Key(id, PublishedView)), Document(id, PublishedView, libraryId, state, published));
    }

    /// <summary>Removes an article.</summary>
    public void Delete(string id) => index.Delete(new Term(IdField, id));

    /// <summary>The best <paramref name="take"/> articles for <paramref name="text"/> among those <paramref name="filter"/> lets through.</summary>
    public IReadOnlyList<KnowledgeSearchHit> Search(string text, KnowledgeSearchFilter filter, int take = 10)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (new FieldQueries(_queryAnalyzer, Boosts).Parse(text ?? "") is not { } words)
            return [];
        var visible = new BooleanQuery
        {
            { Filter(View(WorkingView, filter.WorkingLibraries)), Occur.SHOULD },
            { Filter(View(PublishedView, filter.PublishedLibraries)), Occur.SHOULD },
        };
        visible.MinimumNumberShouldMatch = 1;
        var query = new BooleanQuery { { words, Occur.MUST }, { Filter(visible), Occur.MUST } };
        if (filter.LibraryId is { } library)
            query.Add(Filter(new TermQuery(new Term(LibraryField, library))), Occur.MUST);
        if (filter.Code is { } code)
            query.Add(Filter(new BooleanQuery { { new TermQuery(new Term(CodeField, code)), Occur.SHOULD }, { new PrefixQuery(new Term(CodeField, code + ".")), Occur.SHOULD } }), Occur.MUST);
        if (filter.State is { } wanted)
            query.Add(Filter(new TermQuery(new Term(StateField, wanted.ToString()))), Occur.MUST);
        if (filter.Tag is { } tag)
            query.Add(Filter(new TermQuery(new Term(TagField, tag))), Occur.MUST);
        var highlights = new SearchHighlights(_queryAnalyzer);
        return index.Search(searcher => searcher.Search(query, Math.Max(1, take)).ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            var title = Stored(document, TitleField);
            var code = Stored(document, CodeField);
            return new KnowledgeSearchHit(Stored(document, IdField), Stored(document, LibraryField), title, code.Length == 0 ? null : code,
                Stored(document, StateField), hit.Score,
                [.. highlights.Fragments(words, TitleField, title, 1), .. highlights.Fragments(words, TextField, Stored(document, TextField), 2)]);
        }).ToArray());
    }

    /// <summary>Whether any published article mentions every word of <paramref name="text"/> (in any library).</summary>
    public bool HasPublished(string text)
    {
        if (new FieldQueries(_queryAnalyzer, Boosts).Parse(text ?? "") is not { } words)
            return false;
        var query = new BooleanQuery { { words, Occur.MUST }, { Filter(new TermQuery(new Term(ViewField, PublishedView))), Occur.MUST } };
        return index.Search(searcher => searcher.Search(query, 1).TotalHits > 0);
    }

    /// <summary>The number of articles with a working copy.</summary>
    public int Count() => index.Search(searcher => searcher.Search(new TermQuery(new Term(ViewField, WorkingView)), 1).TotalHits);

    private static List<IIndexableField> Document(string id, string view, string libraryId, KnowledgeState state, KnowledgeContent content)
    {
        // The first four lines repeat title, code, tags and format; the title and tags are indexed on their own.
        var lines = KnowledgeContentText.Lines(content).Skip(4);
        var fields = new List<IIndexableField>
        {
            new StringField(KeyField, Key(id, view), Field.Store.NO),
            new StringField(IdField, id, Field.Store.YES),
            new StringField(ViewField, view, Field.Store.NO),
            new StringField(LibraryField, libraryId, Field.Store.YES),
            new StringField(CodeField, content.Code ?? "", Field.Store.YES),
            new StringField(StateField, state.ToString(), Field.Store.YES),
            new TextField(TitleField, content.Title, Field.Store.YES),
            new TextField(TextField, string.Join('\n', lines.Prepend(string.Join(' ', content.Tags))), Field.Store.YES),
        };
        fields.AddRange(content.Tags.Select(tag => new StringField(TagField, tag, Field.Store.NO)));
        return fields;
    }

    private static BooleanQuery View(string view, IReadOnlyCollection<string> libraries)
    {
        var any = new BooleanQuery();
        foreach (var library in libraries)
            any.Add(new TermQuery(new Term(LibraryField, library)), Occur.SHOULD);
        // No library: the clause matches nothing (an empty SHOULD list would match nothing anyway, but say it).
        any.MinimumNumberShouldMatch = 1;
        return new BooleanQuery { { new TermQuery(new Term(ViewField, view)), Occur.MUST }, { any, Occur.MUST } };
    }

    private static string Key(string id, string view) => id + "/" + view;

    private static string Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture) ?? "";

    // Lucene 4.8 has no FILTER clause: a required clause that adds nothing to the score.
    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0f };

    public void Dispose()
    {
        _queryAnalyzer.Dispose();
        index.Dispose();
    }
}
