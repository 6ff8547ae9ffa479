namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The host service for full-text ticket search (Lucene over description, subject and reply, with structured filters).</summary>
public interface ITicketSearch
{
    /// <summary>One page of the tickets matching <paramref name="query"/>: best match first when it has text, newest first otherwise.</summary>
    /// <exception cref="TicketValidationException">The page, page size or date range is out of range; the exception names the field.</exception>
    Task<TicketSearchPage> SearchAsync(TicketSearchQuery query, CancellationToken cancellationToken);
}
