using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Categories;

/// <summary>Reads the category tree from the operational store (table ticket_categories): validation, SLA overrides, listing, seeding.</summary>
public static class TicketCategoryCatalog
{
    /// <summary>Deeper trees than this are refused when walking up for an SLA (a loop in edited data must not hang intake).</summary>
    private const int MaxDepth = 8;

    /// <summary>Throws <see cref="TicketValidationException"/> naming CategoryCode unless <paramref name="code"/> is null or an enabled category.</summary>
    public static async Task ValidateAsync(OperationalDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (code is null)
            return;
        var enabled = await db.Set<TicketCategoryRecord>().AsNoTracking().Where(c => c.Code == code).Select(c => (bool?)c.Enabled)
            .SingleOrDefaultAsync(cancellationToken);
        if (enabled is null)
            throw new TicketValidationException(nameof(TicketSubmission.CategoryCode), $"CategoryCode '{code}' is not in the category tree.");
        if (enabled == false)
            throw new TicketValidationException(nameof(TicketSubmission.CategoryCode), $"CategoryCode '{code}' is retired and no longer accepted.");
    }

    /// <summary>The SLA hours of <paramref name="code"/> or its nearest ancestor that sets them; null when none does.</summary>
    public static async Task<int?> SlaHoursAsync(OperationalDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        for (var depth = 0; code is not null && depth < MaxDepth; depth++)
        {
            var current = code;
            var node = await db.Set<TicketCategoryRecord>().AsNoTracking().Where(c => c.Code == current)
                .Select(c => new { c.SlaHours, c.ParentCode }).SingleOrDefaultAsync(cancellationToken);
            if (node is null)
                return null;
            if (node.SlaHours is { } hours)
                return hours;
            code = node.ParentCode;
        }
        return null;
    }

    /// <summary>The names from the industry down to <paramref name="code"/> (e.g. [城市客运, 出租车, 拒载]); empty for no or an unknown code.</summary>
    public static async Task<IReadOnlyList<string>> NamePathAsync(OperationalDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = new List<string>();
        for (var depth = 0; code is not null && depth < MaxDepth; depth++)
        {
            var current = code;
            var node = await db.Set<TicketCategoryRecord>().AsNoTracking().Where(c => c.Code == current)
                .Select(c => new { c.Name, c.ParentCode }).SingleOrDefaultAsync(cancellationToken);
            if (node is null)
                break;
            names.Add(node.Name);
            code = node.ParentCode;
        }
        names.Reverse();
        return names;
    }

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
