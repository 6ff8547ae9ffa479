using System.Text.RegularExpressions;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Categories;

/// <summary>
/// Changes the category tree in the operational store: add a node, rename, set SLA hours, enable or disable.
/// Nothing is deleted and no code is reused, because tickets keep referring to their category's code.
/// </summary>
public static partial class TicketCategoryEdits
{
    /// <summary>The longest category name, in characters.</summary>
    public const int MaxName = 50;

    /// <summary>The longest SLA a category may set: one year.</summary>
    public const int MaxSlaHours = 8760;

    /// <summary>Adds <paramref name="code"/> (its parent is the part before the last dot and must exist) with its name and optional SLA hours.</summary>
    /// <exception cref="TicketCategoryEditException">The code is malformed or taken, the parent is unknown, the name or hours are wrong.</exception>
    public static async Task AddAsync(OperationalDbContext db, string? code, string? name, int? slaHours, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        code = code?.Trim() ?? "";
        if (!CodeShape().IsMatch(code))
            throw new TicketCategoryEditException("Code", TicketCategoryRefusal.CodeMalformed, $"Code '{code}' is not dotted lower-case segments such as 'urban.taxi'.");
        var trimmedName = CheckName(name);
        CheckHours(slaHours);
        var categories = db.Set<TicketCategoryRecord>();
        if (await categories.AnyAsync(c => c.Code == code, cancellationToken))
            throw new TicketCategoryEditException("Code", TicketCategoryRefusal.CodeTaken, $"Code '{code}' is already in the category tree; codes are never reused.");
        var dot = code.LastIndexOf('.');
        var parent = dot < 0 ? null : code[..dot];
        if (parent is not null && !await categories.AnyAsync(c => c.Code == parent, cancellationToken))
            throw new TicketCategoryEditException("ParentCode", TicketCategoryRefusal.ParentUnknown, $"ParentCode '{parent}' of '{code}' is not in the category tree.");
        var order = await categories.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        db.Add(new TicketCategoryRecord { Code = code, ParentCode = parent, Name = trimmedName, SlaHours = slaHours, SortOrder = order + 1 });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives <paramref name="code"/> a new name.</summary>
    public static async Task RenameAsync(OperationalDbContext db, string code, string? name, CancellationToken cancellationToken)
    {
        var trimmed = CheckName(name);
        var row = await FindAsync(db, code, cancellationToken);
        row.Name = trimmed;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the SLA hours of <paramref name="code"/>; null makes it inherit from its parent (then the ticket type).</summary>
    public static async Task SetSlaHoursAsync(OperationalDbContext db, string code, int? slaHours, CancellationToken cancellationToken)
    {
        CheckHours(slaHours);
        var row = await FindAsync(db, code, cancellationToken);
        row.SlaHours = slaHours;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Enables or retires <paramref name="code"/>; a retired category stays for its tickets but is refused on intake.</summary>
    public static async Task SetEnabledAsync(OperationalDbContext db, string code, bool enabled, CancellationToken cancellationToken)
    {
        var row = await FindAsync(db, code, cancellationToken);
        row.Enabled = enabled;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<TicketCategoryRecord> FindAsync(OperationalDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<TicketCategoryRecord>().SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new TicketCategoryEditException("Code", TicketCategoryRefusal.CodeUnknown, $"Code '{code}' is not in the category tree.");
    }

    private static string CheckName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new TicketCategoryEditException("Name", TicketCategoryRefusal.NameRequired, "Name is empty.");
        if (trimmed.Length > MaxName)
            throw new TicketCategoryEditException("Name", TicketCategoryRefusal.NameTooLong, $"Name has {trimmed.Length} characters; at most {MaxName} are allowed.");
        return trimmed;
    }

    private static void CheckHours(int? slaHours)
    {
        if (slaHours is { } hours && (hours < 1 || hours > MaxSlaHours))
            throw new TicketCategoryEditException("SlaHours", TicketCategoryRefusal.SlaOutOfRange, $"SlaHours {hours} is outside 1–{MaxSlaHours}.");
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}(\\.[a-z0-9-]{1,40}){0,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
