using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Categories;

/// <summary>The category tree read at one moment: validation of a code, the SLA hours a code inherits and the names from the industry down.</summary>
public sealed class TicketCategoryTree
{
    /// <summary>Deeper trees than this are not walked (a loop in edited data must not hang intake).</summary>
    private const int MaxDepth = 8;

    private readonly Dictionary<string, TicketCategory> _nodes;

    /// <summary>A tree of <paramref name="nodes"/>.</summary>
    public TicketCategoryTree(IEnumerable<TicketCategory> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        _nodes = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
    }

    /// <summary>Reads the whole tree from the store (one query).</summary>
    public static async Task<TicketCategoryTree> LoadAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<TicketCategoryRecord>().AsNoTracking()
            .Select(c => new TicketCategory(c.Code, c.ParentCode, c.Name, c.SlaHours, c.Enabled)).ToListAsync(cancellationToken);
        return new TicketCategoryTree(rows);
    }

    /// <summary>Throws <see cref="TicketValidationException"/> naming CategoryCode unless <paramref name="code"/> is null or an enabled category.</summary>
    public void Validate(string? code)
    {
        if (code is null)
            return;
        if (!_nodes.TryGetValue(code, out var node))
            throw new TicketValidationException(nameof(TicketSubmission.CategoryCode), $"CategoryCode '{code}' is not in the category tree.");
        if (!node.Enabled)
            throw new TicketValidationException(nameof(TicketSubmission.CategoryCode), $"CategoryCode '{code}' is retired and no longer accepted.");
    }

    /// <summary>The SLA hours of <paramref name="code"/> or its nearest ancestor that sets them; null when none does.</summary>
    public int? SlaHours(string? code) => InheritedSla(code).Hours;

    /// <summary>The SLA hours <paramref name="code"/> works to and the code that sets them (itself or its nearest ancestor); (null, null) when none does.</summary>
    public (int? Hours, string? From) InheritedSla(string? code) =>
        Walk(code).Where(n => n.SlaHours is not null).Select(n => (n.SlaHours, (string?)n.Code)).FirstOrDefault();

    /// <summary>How many ancestors <paramref name="code"/> has (0 for an industry).</summary>
    public int Depth(string code) => Math.Max(0, Walk(code).Count() - 1);

    /// <summary>The names from the industry down to <paramref name="code"/> (e.g. [城市客运, 出租车, 拒载]); empty for no or an unknown code.</summary>
    public IReadOnlyList<string> NamePath(string? code) => [.. Walk(code).Select(n => n.Name).Reverse()];

    // From the node up to its root.
    private IEnumerable<TicketCategory> Walk(string? code)
    {
        for (var depth = 0; code is not null && depth < MaxDepth && _nodes.TryGetValue(code, out var node); depth++)
        {
            yield return node;
            code = node.ParentCode;
        }
    }
}
