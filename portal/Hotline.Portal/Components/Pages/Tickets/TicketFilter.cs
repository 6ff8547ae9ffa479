using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>The filters of the 工单中心 list as the user sets them; keywords need full-text search, the rest the store's list query.</summary>
public sealed class TicketFilter
{
    public TicketState? State { get; set; }

    public TicketType? Type { get; set; }

    public string? CategoryCode { get; set; }

    public string? UnitId { get; set; }

    public bool OverdueOnly { get; set; }

    /// <summary>我的工单: only the tickets the signed-in user handles.</summary>
    public bool MineOnly { get; set; }

    public TicketChannel? Channel { get; set; }

    /// <summary>The first day (local date) of the creation range.</summary>
    public DateTime? From { get; set; }

    /// <summary>The last day (local date, inclusive) of the creation range.</summary>
    public DateTime? To { get; set; }

    public string? Phone { get; set; }

    public string? Keywords { get; set; }

    /// <summary>True when a filter is set that only the search index can apply.</summary>
    public bool NeedsSearch => !string.IsNullOrWhiteSpace(Keywords);

    /// <summary>The store's list filter; <paramref name="state"/> overrides the state (for the counts by state); the date range as in <see cref="ToSearchQuery"/>;
    /// <paramref name="me"/> is the signed-in user's id, the handler 我的工单 lists.</summary>
    public TicketListFilter ToListFilter(TicketState? state, TimeZoneInfo zone, string me) => new()
    {
        Handler = MineOnly ? me : null,
        Channel = Channel,
        CreatedFrom = From is { } from ? StartOf(from.Date, zone) : null,
        CreatedTo = To is { } to ? StartOf(to.Date.AddDays(1), zone) : null,
        States = state is { } s ? [s] : [],
        Type = Type,
        CategoryCode = Blank(CategoryCode),
        UnitId = Blank(UnitId),
        OverdueOnly = OverdueOnly,
        CitizenPhone = Blank(Phone),
    };

    /// <summary>The full-text query for one page; the date range runs from the start of <see cref="From"/> to the end of <see cref="To"/> in <paramref name="zone"/>.</summary>
    public TicketSearchQuery ToSearchQuery(int page, int pageSize, TimeZoneInfo zone, string me)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new TicketSearchQuery
        {
            Handler = MineOnly ? me : null,
            Text = Keywords?.Trim() ?? "",
            States = State is { } s ? [s] : [],
            Types = Type is { } t ? [t] : [],
            Channels = Channel is { } c ? [c] : [],
            CategoryCode = Blank(CategoryCode),
            UnitId = Blank(UnitId),
            CitizenPhone = Blank(Phone),
            CreatedFrom = From is { } from ? StartOf(from.Date, zone) : null,
            CreatedTo = To is { } to ? StartOf(to.Date.AddDays(1), zone) : null,
            Page = page,
            PageSize = pageSize,
        };
    }

    private static DateTimeOffset StartOf(DateTime day, TimeZoneInfo zone) => new(day, zone.GetUtcOffset(day));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
