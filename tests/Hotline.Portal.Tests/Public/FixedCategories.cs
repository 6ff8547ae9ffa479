using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Public;

/// <summary>Ticket queries that only know a small fixed category tree.</summary>
internal sealed class FixedCategories : ITicketQueries
{
    public static IReadOnlyList<TicketCategory> Tree { get; } =
    [
        new("urban", null, "城市客运", null, true),
        new("urban.taxi", "urban", "出租车", null, true),
        new("urban.bus", "urban", "公交车", null, false),
    ];

    public Task<IReadOnlyList<TicketCategory>> CategoriesAsync(CancellationToken cancellationToken) => Task.FromResult(Tree);

    public Task<TicketPage> ListAsync(TicketListFilter filter, int page, int pageSize, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The public site never lists tickets.");

    public Task<IReadOnlyList<TicketSummary>> RecentForPhoneAsync(string phone, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The public site never lists a caller's tickets.");
}
