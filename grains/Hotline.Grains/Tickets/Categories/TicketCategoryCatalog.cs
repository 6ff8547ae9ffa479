using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Categories;

/// <summary>The category tree in the operational store (table ticket_categories): listing and seeding (reads for intake: <see cref="TicketCategoryTree"/>).</summary>
public static class TicketCategoryCatalog
{
    /// <summary>Every category, ordered by code (a parent comes before its children).</summary>
    public static async Task<IReadOnlyList<TicketCategory>> ListAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<TicketCategoryRecord>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new TicketCategory(c.Code, c.ParentCode, c.Name, c.SlaHours, c.Enabled))];
    }

    /// <summary>Adds the seeded categories that are missing (edited or added categories are left alone).</summary>
    public static async Task SeedAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = (await db.Set<TicketCategoryRecord>().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var order = 0;
        foreach (var seed in TicketCategorySeed.All)
        {
            order++;
            if (stored.Contains(seed.Code))
                continue;
            db.Add(new TicketCategoryRecord
            {
                Code = seed.Code, ParentCode = seed.ParentCode, Name = seed.Name, SlaHours = seed.SlaHours, SortOrder = order,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
