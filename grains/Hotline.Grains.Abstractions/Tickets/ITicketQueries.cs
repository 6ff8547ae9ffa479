namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The host service that lists tickets from the operational store (read-only; changes go through <see cref="ITicketGrain"/>).</summary>
public interface ITicketQueries
{
    /// <summary>One page of the tickets matching <paramref name="filter"/>, most urgent deadline first, with the total count.</summary>
    /// <exception cref="TicketValidationException">The page or page size is out of range, or a filter value is malformed.</exception>
    Task<TicketPage> ListAsync(TicketListFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>来电弹屏: the caller's most recent tickets (newest first), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TicketSummary>> RecentForPhoneAsync(string phone, int limit, CancellationToken cancellationToken);

    /// <summary>The category tree (industry → sub-category …), parents before children.</summary>
    Task<IReadOnlyList<TicketCategory>> CategoriesAsync(CancellationToken cancellationToken);
}
