using Hotline.Grains.Abstractions.Tickets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.Grains.Tickets.Search;

/// <summary>Turns a search's structured filters into a Lucene filter over the exact fields of the ticket index.</summary>
public static class TicketSearchFilter
{
    /// <summary>The filter for <paramref name="query"/>, or null when it has none.</summary>
    public static Filter? For(TicketSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = new BooleanQuery();
        AddAnyOf(all, TicketSearchFields.State, query.States.Select(s => s.ToString()));
        AddAnyOf(all, TicketSearchFields.Type, query.Types.Select(t => t.ToString()));
        AddAnyOf(all, TicketSearchFields.Channel, query.Channels.Select(c => c.ToString()));
        AddExact(all, TicketSearchFields.Category, query.CategoryCode);
        AddExact(all, TicketSearchFields.Unit, query.UnitId);
        AddExact(all, TicketSearchFields.Handler, query.Handler);
        AddExact(all, TicketSearchFields.Phone, query.CitizenPhone);
        if (query.CreatedFrom is not null || query.CreatedTo is not null)
        {
            // CreatedTo is exclusive: a range [from, to) of whole days chains without overlap.
            all.Add(NumericRangeQuery.NewInt64Range(TicketSearchFields.Created,
                query.CreatedFrom?.ToUnixTimeMilliseconds(), query.CreatedTo?.ToUnixTimeMilliseconds(), true, false), Occur.MUST);
        }
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    private static void AddExact(BooleanQuery all, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            all.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
    }

    private static void AddAnyOf(BooleanQuery all, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        if (any.Clauses.Count > 0)
            all.Add(any, Occur.MUST);
    }
}
