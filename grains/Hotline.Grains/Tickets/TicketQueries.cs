using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets;

/// <summary>Lists tickets with EF queries on the operational store (the ticket tables' indexes cover the (deadline, id) list order, state, unit, phone, enterprise and channel by creation time).</summary>
public sealed class TicketQueries(IDbContextFactory<OperationalDbContext> contexts, TimeProvider clock) : ITicketQueries
{
    /// <summary>The largest page served.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Lists count their matches up to this many: counting every one of a million matching tickets cost SQLite 300–800 ms a list
    /// (more than the page itself), while a person pages through no more than the first few hundred.</summary>
    public const int CountLimit = 10_000;

    /// <inheritdoc />
    public async Task<TicketPage> ListAsync(TicketListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (page < 1)
            throw new TicketValidationException(nameof(page), $"page is {page}; pages count from 1.");
        if (pageSize is < 1 or > MaxPageSize)
            throw new TicketValidationException(nameof(pageSize), $"pageSize is {pageSize}; it must be 1 to {MaxPageSize}.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (counting, paging) = filter.CategoryCode is { } code
            ? await TicketCategoryListPlan.ForAsync(db, code, cancellationToken) is var plan ? (plan.Counted, plan.Paged) : default
            : (db.Set<TicketRecord>().AsNoTracking(), db.Set<TicketRecord>().AsNoTracking());
        // One more than the limit tells a list of exactly CountLimit from a longer one.
        var counted = await Filter(counting, filter).Select(t => t.Id).Take(CountLimit + 1).CountAsync(cancellationToken);
        var rows = await Filter(paging, filter).OrderBy(t => t.DeadlineUnixMs).ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var capped = counted > CountLimit;
        return new TicketPage([.. rows.Select(TicketRecordMapping.ToSummary)], page, pageSize, capped ? CountLimit : counted, capped);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TicketSummary>> RecentForPhoneAsync(string phone, int limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(phone))
            throw new TicketValidationException(nameof(phone), "phone is required.");
        if (limit is < 1 or > MaxPageSize)
            throw new TicketValidationException(nameof(limit), $"limit is {limit}; it must be 1 to {MaxPageSize}.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<TicketRecord>().AsNoTracking().Where(t => t.CitizenPhone == phone)
            .OrderByDescending(t => t.CreatedAtUnixMs).ThenByDescending(t => t.Id).Take(limit).ToListAsync(cancellationToken);
        return [.. rows.Select(TicketRecordMapping.ToSummary)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TicketCategory>> CategoriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TicketCategoryCatalog.ListAsync(db, cancellationToken);
    }

    private IQueryable<TicketRecord> Filter(IQueryable<TicketRecord> query, TicketListFilter filter)
    {
        if (filter.States.Count > 0)
        {
            var states = filter.States.Select(s => s.ToString()).ToList();
            query = query.Where(t => states.Contains(t.State));
        }
        if (filter.UnitId is { } unit)
            query = query.Where(t => t.UnitId == unit);
        if (filter.Handler is { } handler)
            query = query.Where(t => t.Handler == handler);
        if (filter.OverdueOnly)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var open = TicketTransitions.Open.Select(s => s.ToString()).ToList();
            query = query.Where(t => open.Contains(t.State) && t.DeadlineUnixMs < now);
        }
        // The category is applied by the plan the query starts from (TicketCategoryListPlan).
        if (filter.CitizenPhone is { } phone)
            query = query.Where(t => t.CitizenPhone == phone);
        if (filter.Type is { } type)
        {
            var name = type.ToString();
            query = query.Where(t => t.Type == name);
        }
        if (filter.EscalatedOnly)
            query = query.Where(t => t.Escalated);
        if (filter.MajorOnly)
            query = query.Where(t => t.Major);
        if (filter.Enterprise is { } enterprise)
            query = query.Where(t => t.Enterprise == enterprise);
        if (filter.Channel is { } channel)
        {
            var name = channel.ToString();
            query = query.Where(t => t.Channel == name);
        }
        if (filter.CreatedFrom is { } from)
        {
            var fromMs = from.ToUnixTimeMilliseconds();
            query = query.Where(t => t.CreatedAtUnixMs >= fromMs);
        }
        if (filter.CreatedTo is { } to)
        {
            var toMs = to.ToUnixTimeMilliseconds();
            query = query.Where(t => t.CreatedAtUnixMs < toMs);
        }
        return query;
    }
}
