using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Components;

/// <summary>A ticket store for the page tests: filters the given rows by state, unit and overdue as the real queries do, and keeps every filter it was asked for.</summary>
internal sealed class TicketPageQueries(DateTimeOffset now) : ITicketQueries
{
    public List<TicketSummary> Rows { get; } = [];

    public List<TicketListFilter> Filters { get; } = [];

    /// <summary>Counts stop here, as the store's do at TicketQueries.CountLimit; null counts every row.</summary>
    public int? CountLimit { get; set; }

    public Task<TicketPage> ListAsync(TicketListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        Filters.Add(filter);
        var matching = Rows
            .Where(r => filter.States.Count == 0 || filter.States.Contains(r.State))
            .Where(r => filter.UnitId is null || r.UnitId == filter.UnitId)
            .Where(r => filter.Handler is null || r.Handler == filter.Handler)
            .Where(r => !filter.OverdueOnly || (r.Deadline < now && r.State is TicketState.Intake or TicketState.Dispatched or TicketState.Handling))
            .OrderBy(r => r.Deadline)
            .ToList();
        var capped = matching.Count > CountLimit;
        return Task.FromResult(new TicketPage([.. matching.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, capped ? CountLimit!.Value : matching.Count, capped));
    }

    public Task<IReadOnlyList<TicketSummary>> RecentForPhoneAsync(string phone, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketSummary>>([.. Rows.Where(r => r.CitizenPhone == phone).Take(limit)]);

    public Task<IReadOnlyList<TicketCategory>> CategoriesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketCategory>>([new("urban", null, "城市客运", null, true), new("urban.taxi", "urban", "出租汽车", 48, true)]);
}
