using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>The major-complaint pass of a sweep: applies <see cref="TicketMajorRules"/> to the tickets created since the last pass, page by page.</summary>
public sealed class TicketMajorSweep(
    IDbContextFactory<OperationalDbContext> contexts,
    TicketMajorRules rules,
    TicketDueCaller caller,
    IOptions<TicketSweepOptions> sweep,
    IOptions<TicketMajorRuleOptions> options,
    TimeProvider clock)
{
    private static readonly List<string> Unfinished = [.. TicketTransitions.Unfinished.Select(s => s.ToString())];

    /// <summary>Checks tickets created from <paramref name="checkedUpToUnixMs"/> (less the overlap; 0: the first lookback) to now;
    /// returns the pass and the time the next pass starts from.</summary>
    public async Task<(TicketSweepPass Pass, long CheckedUpToUnixMs)> RunAsync(long checkedUpToUnixMs, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var from = checkedUpToUnixMs == 0
            ? now - (long)options.Value.FirstLookback.TotalMilliseconds
            : checkedUpToUnixMs - (long)options.Value.Overlap.TotalMilliseconds;
        var types = options.Value.Types.Select(t => t.ToString()).ToList();
        var size = Math.Max(1, sweep.Value.PageSize);
        var pass = await TicketKeysetPages.RunAsync(
            size,
            (from - 1, 0),
            (afterCreated, afterId) => PageAsync(now, types, afterCreated, afterId, size, cancellationToken),
            t => (t.CreatedAtUnixMs, t.Id),
            page => MarkAsync(page, cancellationToken));
        return (pass, now);
    }

    private async Task<List<TicketRecord>> PageAsync(long now, List<string> types, long afterCreated, long afterId, int size, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TicketRecord>().AsNoTracking()
            .Where(t => !t.Major && types.Contains(t.Type) && Unfinished.Contains(t.State) && t.CreatedAtUnixMs <= now
                && (t.CreatedAtUnixMs > afterCreated || (t.CreatedAtUnixMs == afterCreated && t.Id > afterId)))
            .OrderBy(t => t.CreatedAtUnixMs).ThenBy(t => t.Id).Take(size).ToListAsync(cancellationToken);
    }

    /// <summary>Applies the rules to a page and marks the tickets they hold for; returns how many were marked.</summary>
    private async Task<int> MarkAsync(List<TicketRecord> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var major = new List<(string Number, int Version)>();
        foreach (var ticket in page)
        {
            if (await rules.ReasonAsync(db, ticket, cancellationToken) is { } reason)
            {
                major.Add((ticket.Number, ticket.Version));
                reasons[ticket.Number] = reason;
            }
        }
        return await caller.CallAsync(major, "mark-major", g => g.MarkMajorAsync(TicketActor.System, reasons[g.GetPrimaryKeyString()]));
    }
}
