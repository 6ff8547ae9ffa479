using System.Linq.Expressions;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets;

/// <summary>How a ticket list filtered by category (the code and every code below it) reads the store.</summary>
/// <remarks>
/// SQLite plans without knowing how many tickets a category holds (its build keeps no per-value statistics), so one plan cannot serve both
/// kinds of category: walking the (deadline, id) order until a page is full takes a moment for a common category and a scan of the whole
/// table for one with a few hundred tickets among a million, while reading the category's index and sorting is the reverse. The plan
/// therefore counts the category's tickets first, up to <see cref="RareUpTo"/> (cheap on its index either way), and picks: a rare category
/// is read through its index (named, because the planner would not choose it), a common one in list order with the category test hidden
/// from the planner. PostgreSQL keeps statistics and plans the plain filter itself.
/// </remarks>
public sealed class TicketCategoryListPlan
{
    /// <summary>A category with this many tickets or fewer is read through its index and sorted.</summary>
    public const int RareUpTo = 2_000;

    /// <summary>The index of (category, deadline, id) that <see cref="TicketStoreModel"/> declares.</summary>
    public const string IndexName = "IX_tickets_CategoryCode_DeadlineUnixMs_Id";

    private TicketCategoryListPlan(IQueryable<TicketRecord> counted, IQueryable<TicketRecord> paged) => (Counted, Paged) = (counted, paged);

    /// <summary>The tickets to count (the category test open to its index).</summary>
    public IQueryable<TicketRecord> Counted { get; }

    /// <summary>The tickets to read a page of.</summary>
    public IQueryable<TicketRecord> Paged { get; }

    /// <summary>The plan for tickets in <paramref name="code"/> and below it.</summary>
    public static async Task<TicketCategoryListPlan> ForAsync(OperationalDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tickets = db.Set<TicketRecord>().AsNoTracking();
        if (!db.Database.IsSqlite())
        {
            var below = code + ".";
            var filtered = tickets.Where(t => t.CategoryCode == code || t.CategoryCode!.StartsWith(below));
            return new TicketCategoryListPlan(filtered, filtered);
        }

        var indexed = InCategory(code, hidden: false);
        var size = await tickets.Where(indexed).Select(t => t.Id).Take(RareUpTo + 1).CountAsync(cancellationToken);
        if (size <= RareUpTo)
        {
            var throughIndex = db.Set<TicketRecord>().FromSqlRaw($"SELECT * FROM \"tickets\" INDEXED BY \"{IndexName}\"").AsNoTracking().Where(indexed);
            return new TicketCategoryListPlan(throughIndex, throughIndex);
        }
        return new TicketCategoryListPlan(tickets.Where(indexed), tickets.Where(InCategory(code, hidden: true)));
    }

    /// <summary>The code or any code below it, as a range SQLite's binary order answers from an index ("a.b." up to "a.b/", '/' following '.').
    /// Hidden, the column is wrapped (a null code is no category's anyway), which keeps the planner off the category index.</summary>
    private static Expression<Func<TicketRecord, bool>> InCategory(string code, bool hidden)
    {
        var (lower, upper) = (code + ".", code + "/");
#pragma warning disable CA1309 // Translated to SQL comparisons (binary in SQLite), never run as .NET string comparisons.
        return hidden
            ? t => (t.CategoryCode ?? "") == code || (string.Compare(t.CategoryCode ?? "", lower) >= 0 && string.Compare(t.CategoryCode ?? "", upper) < 0)
            : t => t.CategoryCode == code || (string.Compare(t.CategoryCode, lower) >= 0 && string.Compare(t.CategoryCode, upper) < 0);
#pragma warning restore CA1309
    }
}
