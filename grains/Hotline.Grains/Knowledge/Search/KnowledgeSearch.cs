using System.Globalization;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge.Store;
using Hotline.Grains.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>The knowledge base's search index in <see cref="KnowledgeOptions.SearchFolder"/> (in memory when unset): rebuilt from the store
/// when missing or of an older schema, caught up from its watermark otherwise, kept in step by every article change, and searched
/// with the reader's library rights.</summary>
public sealed class KnowledgeSearch : IDisposable
{
    /// <summary>The layout of the documents; an index with another value is rebuilt at start.</summary>
    public const string SchemaVersion = "2";

    private const string SchemaKey = "schema";
    private const string WatermarkKey = "watermark";

    // Changes saved just before a crash may be missing from the last commit; catching up re-reads this far behind the watermark.
    private static readonly long CatchUpOverlapMs = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private readonly IDbContextFactory<KnowledgeDbContext> _contexts;
    private readonly KnowledgeSearchIndex _index;
    private readonly SemaphoreSlim _ready = new(1, 1);
    private readonly Lock _commit = new();
    private KnowledgeIndexStart? _start;
    private long _watermark;

    public KnowledgeSearch(IDbContextFactory<KnowledgeDbContext> contexts, IOptions<KnowledgeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        var analyzer = new ChineseAnalyzer(ChineseSegmentationMode.Index);
        var folder = options.Value.SearchFolder;
        _index = new KnowledgeSearchIndex(string.IsNullOrWhiteSpace(folder) ? LuceneIndex.InMemory(analyzer) : LuceneIndex.Open(folder, analyzer));
    }

    /// <summary>The index itself (tests and benchmarks compare against plain Lucene queries on it).</summary>
    public KnowledgeSearchIndex Index => _index;

    /// <summary>Rebuilds the index from the store when it is missing or of an older schema, else re-indexes what changed since its watermark; once per process.</summary>
    public async Task<KnowledgeIndexStart> EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (_start is { } done)
            return done;
        await _ready.WaitAsync(cancellationToken);
        try
        {
            if (_start is { } raced)
                return raced;
            var data = _index.Lucene.CommitData;
            var schema = data.GetValueOrDefault(SchemaKey);
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            if (!_index.Lucene.Existed || schema != SchemaVersion)
            {
                _index.Lucene.Clear();
                await UpsertAsync(db, db.Articles.AsNoTracking(), cancellationToken);
                _start = new KnowledgeIndexStart(_index.Count(), true,
                    _index.Lucene.Existed ? $"schema {schema ?? "(none)"} is older than {SchemaVersion}" : "no index on disk");
            }
            else
            {
                _watermark = long.Parse(data.GetValueOrDefault(WatermarkKey) ?? "0", CultureInfo.InvariantCulture);
                var since = _watermark - CatchUpOverlapMs;
                var changed = await UpsertAsync(db, db.Articles.AsNoTracking().Where(a => a.UpdatedAtUnixMs >= since), cancellationToken);
                _start = new KnowledgeIndexStart(_index.Count(), false, $"caught up {changed} changed articles");
            }
            return _start;
        }
        finally
        {
            _ready.Release();
        }
    }

    /// <summary>Re-indexes one article as <paramref name="db"/> now holds it (after the change was saved) and commits.</summary>
    public async Task IndexAsync(KnowledgeDbContext db, string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureCurrentAsync(cancellationToken);
        await UpsertAsync(db, db.Articles.AsNoTracking().Where(a => a.Id == articleId), cancellationToken);
    }

    /// <summary>Re-indexes the articles with the given ids (an import) and commits.</summary>
    public async Task IndexAsync(KnowledgeDbContext db, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureCurrentAsync(cancellationToken);
        foreach (var chunk in articleIds.Chunk(500))
            await UpsertAsync(db, db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id)), cancellationToken);
    }

    /// <summary>The best <paramref name="take"/> articles for <paramref name="text"/> that <paramref name="actor"/> may read: working copies
    /// of the libraries the actor edits or reviews, published versions of the others it may read.</summary>
    public async Task<IReadOnlyList<KnowledgeSearchHit>> SearchAsync(KnowledgeActor actor, string text, KnowledgeQuery filters, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filters);
        await EnsureCurrentAsync(cancellationToken);
        IReadOnlyDictionary<string, KnowledgeLibrary> libraries;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            libraries = await KnowledgeReferenceData.LibrariesAsync(db, cancellationToken);
        }
        var readable = libraries.Values.Where(l => l.CanRead(actor)).ToArray();
        var working = readable.Where(l => l.CanEdit(actor) || l.CanReview(actor)).Select(l => l.Id).ToArray();
        var filter = new KnowledgeSearchFilter
        {
            WorkingLibraries = working,
            PublishedLibraries = readable.Select(l => l.Id).Except(working).ToArray(),
            LibraryId = filters.LibraryId, Code = filters.Code, State = filters.State, Tag = filters.Tag,
        };
        return _index.Search(text, filter, Math.Clamp(take, 1, 100));
    }

    /// <summary>Whether a published article (any library) matches every word of <paramref name="text"/>.</summary>
    public async Task<bool> HasPublishedAsync(string text, CancellationToken cancellationToken)
    {
        await EnsureCurrentAsync(cancellationToken);
        return _index.HasPublished(text);
    }

    private async Task<int> UpsertAsync(KnowledgeDbContext db, IQueryable<KnowledgeArticleRecord> rows, CancellationToken cancellationToken)
    {
        var articles = await rows.ToListAsync(cancellationToken);
        var ids = articles.Where(a => a.PublishedVersion is { } p && p != a.LatestVersion).Select(a => a.Id).ToArray();
        // Articles edited since publication: readers see an older version, read from the versions table.
        var older = await db.Versions.AsNoTracking().Where(v => ids.Contains(v.ArticleId))
            .Join(db.Articles.AsNoTracking(), v => new { v.ArticleId, Number = (int?)v.Number }, a => new { ArticleId = a.Id, Number = a.PublishedVersion }, (v, _) => v)
            .ToDictionaryAsync(v => v.ArticleId, cancellationToken);
        foreach (var article in articles)
        {
            var state = Enum.Parse<KnowledgeState>(article.State);
            var working = KnowledgeRecordMapping.ContentOf(article);
            var published = article.PublishedVersion is null || state == KnowledgeState.Archived ? null
                : older.TryGetValue(article.Id, out var version) ? KnowledgeRecordMapping.ToVersion(version).Content
                : working;
            _index.Upsert(article.Id, article.LibraryId, state, working, published);
        }
        lock (_commit)
        {
            _watermark = Math.Max(_watermark, articles.Count == 0 ? 0 : articles.Max(a => a.UpdatedAtUnixMs));
            _index.Lucene.Commit(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SchemaKey] = SchemaVersion,
                [WatermarkKey] = _watermark.ToString(CultureInfo.InvariantCulture),
            });
        }
        return articles.Count;
    }

    public void Dispose()
    {
        _index.Dispose();
        _ready.Dispose();
    }
}
