using Hotline.Grains.Search;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Search;

/// <summary>The Lucene index of tickets under <see cref="TicketSearchOptions.IndexFolder"/>, kept in step with the operational store.</summary>
/// <remarks>
/// Every ticket change writes a <c>ticket_history</c> row, whose id only grows: the index follows that id (a primary-key range
/// read, cheap at any table size) and re-indexes the tickets the new rows name. The outbox is not used because analytics is its
/// one consumer. The watermark in the commit data says how far the index is; at start an index that is missing, of another
/// format, ahead of the store or holding a different number of tickets is rebuilt.
/// </remarks>
public sealed partial class TicketSearchIndex : IDisposable
{
    private readonly IDbContextFactory<OperationalDbContext> _contexts;
    private readonly TicketSearchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<TicketSearchIndex> _logger;
    private readonly LuceneIndex _index;
    private readonly SemaphoreSlim _gate = new(1, 1);
    // History ids above the watermark already indexed; they are read again until they settle, but not indexed again.
    private readonly HashSet<long> _unsettled = [];
    private long _watermark;

    /// <summary>Opens (or creates) the index folder; call <see cref="EnsureCurrentAsync"/> before relying on it.</summary>
    public TicketSearchIndex(IDbContextFactory<OperationalDbContext> contexts, IOptions<TicketSearchOptions> options, TimeProvider clock, ILogger<TicketSearchIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _index = LuceneIndex.Open(_options.IndexFolder, IndexAnalyzer);
        _watermark = TicketIndexWatermark.Read(_index.CommitData)?.HistoryId ?? 0;
    }

    /// <summary>The analyzer documents are indexed with (words and their dictionary sub-words).</summary>
    public ChineseAnalyzer IndexAnalyzer { get; } = new(ChineseSegmentationMode.Index);

    /// <summary>The analyzer queries are cut with (whole words).</summary>
    public ChineseAnalyzer QueryAnalyzer { get; } = new(ChineseSegmentationMode.Query);

    /// <summary>The history id up to which every ticket change is indexed.</summary>
    public long Watermark => Volatile.Read(ref _watermark);

    /// <summary>The tickets in the index (as searches see it).</summary>
    public int Count => _index.Search(s => s.IndexReader.NumDocs);

    /// <summary>Runs <paramref name="search"/> on a current searcher.</summary>
    public T Search<T>(Func<IndexSearcher, T> search) => _index.Search(search);

    /// <summary>Start: rebuilds the index when missing, of another format, ahead of the store, or holding another number of tickets; catches up otherwise.</summary>
    public async Task<TicketIndexStart> EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        var stored = TicketIndexWatermark.Read(_index.CommitData);
        long storeMax;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
            storeMax = await MaxHistoryIdAsync(db, cancellationToken);
        var reason = stored is null ? "missing"
            : stored.Format != TicketIndexWatermark.CurrentFormat ? $"format {stored.Format} is not {TicketIndexWatermark.CurrentFormat}"
            : stored.HistoryId > storeMax ? $"the index is at history {stored.HistoryId} but the store ends at {storeMax}"
            : null;
        if (reason is null)
        {
            await CatchUpAsync(cancellationToken);
            int storeCount;
            await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
                storeCount = await db.Set<TicketRecord>().CountAsync(cancellationToken);
            var indexed = Count;
            if (indexed == storeCount)
                return new TicketIndexStart(false, "current", indexed);
            reason = $"the index holds {indexed} tickets but the store {storeCount}";
        }
        LogRebuilding(reason);
        var documents = await RebuildAsync(cancellationToken);
        return new TicketIndexStart(true, reason, documents);
    }

    /// <summary>Empties the index and indexes every ticket of the store again; searches see the old index until it is done. Returns the count.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            // Read the watermark first: changes made while the tickets are read are caught up afterwards.
            var watermark = await MaxHistoryIdAsync(db, cancellationToken);
            _index.Clear();
            var count = 0;
            var afterId = 0L;
            while (true)
            {
                var from = afterId;
                var page = await db.Set<TicketRecord>().AsNoTracking().Where(t => t.Id > from).OrderBy(t => t.Id)
                    .Take(_options.BatchSize).ToListAsync(cancellationToken);
                if (page.Count == 0)
                    break;
                foreach (var ticket in page)
                    _index.Add(TicketDocument.For(ticket));
                count += page.Count;
                afterId = page[^1].Id;
            }
            _unsettled.Clear();
            Commit(watermark);
            LogRebuilt(count, watermark);
            return count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Indexes the tickets changed since the watermark and makes them searchable; returns how many were (re-)indexed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var settledBefore = (_clock.GetUtcNow() - _options.SettleTime).ToUnixTimeMilliseconds();
            var watermark = _watermark;
            var reindexed = 0;
            while (true)
            {
                var from = watermark;
                var rows = await db.Set<TicketHistoryRecord>().AsNoTracking().Where(h => h.Id > from).OrderBy(h => h.Id)
                    .Take(_options.BatchSize).Select(h => new { h.Id, h.TicketNumber, h.AtUnixMs }).ToListAsync(cancellationToken);
                var numbers = rows.Where(r => !_unsettled.Contains(r.Id)).Select(r => r.TicketNumber).Distinct(StringComparer.Ordinal).ToList();
                if (numbers.Count > 0)
                {
                    var tickets = await db.Set<TicketRecord>().AsNoTracking().Where(t => numbers.Contains(t.Number)).ToListAsync(cancellationToken);
                    foreach (var ticket in tickets)
                        _index.Upsert(TicketDocument.Key(ticket.Number), TicketDocument.For(ticket));
                    reindexed += tickets.Count;
                }
                var settledPrefix = rows.TakeWhile(r => r.AtUnixMs <= settledBefore).ToList();
                if (settledPrefix.Count > 0)
                    watermark = settledPrefix[^1].Id;
                foreach (var row in rows.Skip(settledPrefix.Count))
                    _unsettled.Add(row.Id);
                if (rows.Count < _options.BatchSize || settledPrefix.Count < rows.Count)
                    break;
            }
            _unsettled.RemoveWhere(id => id <= watermark);
            if (reindexed > 0 || watermark != _watermark)
                Commit(watermark);
            return reindexed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _index.Dispose();
        IndexAnalyzer.Dispose();
        QueryAnalyzer.Dispose();
        _gate.Dispose();
    }

    private void Commit(long watermark)
    {
        _index.Commit(new TicketIndexWatermark(TicketIndexWatermark.CurrentFormat, watermark).ToCommitData());
        Volatile.Write(ref _watermark, watermark);
    }

    private static async Task<long> MaxHistoryIdAsync(OperationalDbContext db, CancellationToken cancellationToken) =>
        await db.Set<TicketHistoryRecord>().MaxAsync(h => (long?)h.Id, cancellationToken) ?? 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the ticket search index: {Reason}.")]
    private partial void LogRebuilding(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket search index rebuilt: {Count} tickets, up to history {Watermark}.")]
    private partial void LogRebuilt(int count, long watermark);
}
