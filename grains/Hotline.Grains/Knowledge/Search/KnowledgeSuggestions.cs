using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>动态更新: the topics of recent enquiry and complaint tickets that no published article answers, for the knowledge editors.</summary>
public sealed class KnowledgeSuggestions(ITicketSearch tickets, KnowledgeSearch search, TimeProvider clock, IOptions<KnowledgeOptions> options)
{
    private const int PageSize = 200;
    private static readonly TicketType[] Asked = [TicketType.Enquiry, TicketType.Complaint];

    /// <summary>At most <paramref name="take"/> topics of the last <see cref="KnowledgeOptions.SuggestionDays"/> days' tickets without a matching published article, most tickets first.</summary>
    public async Task<IReadOnlyList<KnowledgeTopic>> FindAsync(int take, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var counter = new KnowledgeTopicCounter();
        var from = clock.GetUtcNow().AddDays(-settings.SuggestionDays);
        var read = 0;
        for (var page = 1; read < settings.SuggestionMaxTickets; page++)
        {
            var found = await tickets.SearchAsync(new TicketSearchQuery { Types = Asked, CreatedFrom = from, Page = page, PageSize = PageSize }, cancellationToken);
            foreach (var hit in found.Items.Take(settings.SuggestionMaxTickets - read))
                counter.Add(hit.Ticket.Number, hit.Ticket.Excerpt);
            read += found.Items.Count;
            if (found.Items.Count < PageSize)
                break;
        }
        var suggestions = new List<KnowledgeTopic>();
        foreach (var topic in counter.Topics(settings.SuggestionMinTickets))
        {
            if (suggestions.Count >= Math.Max(1, take))
                break;
            if (!await search.HasPublishedAsync(topic.Word, cancellationToken))
                suggestions.Add(topic);
        }
        return suggestions;
    }
}
