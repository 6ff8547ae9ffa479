using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Live;

/// <summary>A caller's earlier tickets by phone number, newest first, for the screen pop (read from the ticket store).</summary>
public sealed class CallerHistory(IDbContextFactory<OperationalDbContext> contexts)
{
    /// <summary>The caller's latest <paramref name="count"/> tickets; none for an empty number.</summary>
    public async Task<IReadOnlyList<CallerTicket>> TicketsAsync(string phone, int count, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<TicketRecord>().AsNoTracking().Where(t => t.CitizenPhone == phone)
            .OrderByDescending(t => t.CreatedAtUnixMs).Take(count)
            .Select(t => new { t.Number, t.Type, t.State, t.CreatedAtUnixMs, t.Description }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CallerTicket(r.Number, r.Type, r.State, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtUnixMs), r.Description))];
    }
}

/// <summary>One earlier ticket of a caller.</summary>
public sealed record CallerTicket(string Number, string Type, string State, DateTimeOffset CreatedAt, string Description);
