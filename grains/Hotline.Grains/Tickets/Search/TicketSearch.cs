using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Search;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Search;

/// <summary>Searches the ticket index (text with subject boost, filters, paging) and reads the found tickets' rows from the store for the list and the highlights.</summary>
public sealed class TicketSearch : ITicketSearch
{
    /// <summary>The largest page served.</summary>
    public const int MaxPageSize = 200;

    private const int FragmentsPerField = 2;

    private readonly TicketSearchIndex _index;
    private readonly IDbContextFactory<OperationalDbContext> _contexts;
    private readonly TicketSearchOptions _options;
    private readonly FieldQueries _queries;
    private readonly SearchHighlights _highlights;

    /// <summary>A search over <paramref name="index"/> reading rows from the store.</summary>
    public TicketSearch(TicketSearchIndex index, IDbContextFactory<OperationalDbContext> contexts, IOptions<TicketSearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        _index = index;
        _contexts = contexts;
        _options = options.Value;
        _queries = new FieldQueries(index.QueryAnalyzer, new Dictionary<string, float>(StringComparer.Ordinal)
        {
            [TicketSearchFields.Description] = 1f,
            [TicketSearchFields.Subject] = _options.SubjectBoost,
            [TicketSearchFields.Reply] = _options.ReplyBoost,
        });
        _highlights = new SearchHighlights(index.IndexAnalyzer);
    }

    /// <inheritdoc />
    public async Task<TicketSearchPage> SearchAsync(TicketSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var filter = TicketSearchFilter.For(query);
        var text = query.Text?.Trim() ?? "";
        var textQuery = text.Length == 0 ? null : _queries.Parse(text);
        if (text.Length > 0 && textQuery is null)
            return new TicketSearchPage([], query.Page, query.PageSize, 0); // only stop words or punctuation: nothing to look for
        var wanted = query.Page * query.PageSize;
        var (total, hits) = _index.Search(searcher =>
        {
            var top = textQuery is null
                ? searcher.Search(new MatchAllDocsQuery(), filter, wanted, new Sort(new SortField(TicketSearchFields.CreatedOrder, SortFieldType.INT64, true)))
                : searcher.Search(textQuery, filter, wanted);
            var page = top.ScoreDocs.Skip((query.Page - 1) * query.PageSize)
                .Select(d => (Number: searcher.Doc(d.Doc).Get(TicketSearchFields.Number, CultureInfo.InvariantCulture), Score: textQuery is null ? 0f : d.Score))
                .ToList();
            return (top.TotalHits, page);
        });
        if (hits.Count == 0)
            return new TicketSearchPage([], query.Page, query.PageSize, total);
        var numbers = hits.Select(h => h.Number).ToList();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<TicketRecord>().AsNoTracking().Where(t => numbers.Contains(t.Number)).ToDictionaryAsync(t => t.Number, StringComparer.Ordinal, cancellationToken);
        var items = hits.Where(h => rows.ContainsKey(h.Number))
            .Select(h => new TicketSearchHit(TicketRecordMapping.ToSummary(rows[h.Number]), h.Score, Highlight(textQuery, rows[h.Number])))
            .ToList();
        return new TicketSearchPage(items, query.Page, query.PageSize, total);
    }

    private IReadOnlyList<string> Highlight(Query? textQuery, TicketRecord ticket)
    {
        if (textQuery is null)
            return [];
        return
        [
            .. _highlights.Fragments(textQuery, TicketSearchFields.Subject, TicketDocument.SubjectText(ticket), 1),
            .. _highlights.Fragments(textQuery, TicketSearchFields.Description, ticket.Description, FragmentsPerField),
            .. _highlights.Fragments(textQuery, TicketSearchFields.Reply, ticket.Reply, FragmentsPerField),
        ];
    }

    private void Validate(TicketSearchQuery query)
    {
        if (query.Page < 1)
            throw new TicketValidationException("page", $"page is {query.Page}; pages count from 1.");
        if (query.PageSize is < 1 or > MaxPageSize)
            throw new TicketValidationException("pageSize", $"pageSize is {query.PageSize}; it must be 1 to {MaxPageSize}.");
        if ((long)query.Page * query.PageSize > _options.MaxDepth)
            throw new TicketValidationException("page", $"page {query.Page} of {query.PageSize} reaches past result {_options.MaxDepth}; narrow the search instead.");
        if (query.CreatedFrom is { } from && query.CreatedTo is { } to && to <= from)
            throw new TicketValidationException("createdTo", $"createdTo ({to:u}) is not after createdFrom ({from:u}).");
    }
}
