using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Hotline.Grains.Search;

/// <summary>One Lucene index in a folder (or in memory): a writer, near-real-time searchers, and commit data recording what the index holds.</summary>
/// <remarks>Writes are visible to searches after <see cref="Refresh"/> or <see cref="Commit"/>; the commit data lets an owner tell
/// at start whether the index is missing or behind its source (e.g. a format version and a watermark).</remarks>
public sealed class LuceneIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    private LuceneIndex(LuceneDirectory directory, Analyzer analyzer, bool existed)
    {
        _directory = directory;
        Existed = existed;
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        _writer = new IndexWriter(directory, config);
        if (!existed)
            _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Whether the index was already there when opened (false: created empty now).</summary>
    public bool Existed { get; }

    /// <summary>The commit data of the last commit (empty for a new index).</summary>
    public IReadOnlyDictionary<string, string> CommitData =>
        _writer.CommitData is { } data ? new Dictionary<string, string>(data, StringComparer.Ordinal) : new Dictionary<string, string>();

    /// <summary>Opens (or creates) the index in <paramref name="folder"/>, analysing new documents with <paramref name="analyzer"/>.</summary>
    public static LuceneIndex Open(string folder, Analyzer analyzer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        return new LuceneIndex(directory, analyzer, DirectoryReader.IndexExists(directory));
    }

    /// <summary>An index in memory (tests and benchmarks).</summary>
    public static LuceneIndex InMemory(Analyzer analyzer) => new(new RAMDirectory(), analyzer, existed: false);

    /// <summary>Adds the document, replacing any document whose <paramref name="key"/> term matches.</summary>
    public void Upsert(Term key, IEnumerable<IIndexableField> document) => _writer.UpdateDocument(key, document);

    /// <summary>Adds the document without looking for an older one (a rebuild into an emptied index).</summary>
    public void Add(IEnumerable<IIndexableField> document) => _writer.AddDocument(document);

    /// <summary>Removes the documents whose <paramref name="key"/> term matches.</summary>
    public void Delete(Term key) => _writer.DeleteDocuments(key);

    /// <summary>Removes every document (before a rebuild).</summary>
    public void Clear() => _writer.DeleteAll();

    /// <summary>Makes the changes durable with <paramref name="commitData"/> as the new commit data, and visible to searches.</summary>
    public void Commit(IReadOnlyDictionary<string, string> commitData)
    {
        ArgumentNullException.ThrowIfNull(commitData);
        _writer.SetCommitData(commitData.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Makes the changes so far visible to searches without the cost of a commit.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Runs <paramref name="search"/> on a current searcher, released afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
