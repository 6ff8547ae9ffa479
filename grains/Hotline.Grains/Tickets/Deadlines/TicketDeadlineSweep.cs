using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>The deadline passes of a sweep: 催办 where the urge share of the time has passed, 督办 where the deadline has; read page by page in due order.</summary>
public sealed class TicketDeadlineSweep(
    IDbContextFactory<OperationalDbContext> contexts,
    TicketDueCaller caller,
    IOptions<TicketSweepOptions> options,
    TimeProvider clock)
{
    private static readonly List<string> OpenStates = [.. TicketTransitions.Open.Select(s => s.ToString())];

    /// <summary>Urges every open ticket whose automatic urge is due.</summary>
    public Task<TicketSweepPass> UrgeAsync(CancellationToken cancellationToken) =>
        RunAsync(escalation: false, "urge", g => g.UrgeAsync(TicketActor.System, "自动催办：办理时限已过大半"), cancellationToken);

    /// <summary>Escalates every open ticket past its deadline that was not escalated for that deadline.</summary>
    public Task<TicketSweepPass> EscalateAsync(CancellationToken cancellationToken) =>
        RunAsync(escalation: true, "escalate", g => g.EscalateAsync(TicketActor.System, "超期督办：已超过办理时限"), cancellationToken);

    private async Task<TicketSweepPass> RunAsync(bool escalation, string actionName, Func<ITicketGrain, Task<TicketSnapshot>> action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var size = Math.Max(1, options.Value.PageSize);
        return await TicketKeysetPages.RunAsync(
            size,
            (long.MinValue, 0),
            (afterDue, afterId) => PageAsync(escalation, now, afterDue, afterId, size, cancellationToken),
            t => (t.Due, t.Id),
            page => caller.CallAsync([.. page.Select(t => (t.Number, t.Version))], actionName, action));
    }

    private async Task<List<DueTicket>> PageAsync(bool escalation, long now, long afterDue, long afterId, int size, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.Set<TicketRecord>().AsNoTracking().Where(t => OpenStates.Contains(t.State));
        var due = escalation
            ? open.Where(t => t.EscalateDueAtUnixMs != null && t.EscalateDueAtUnixMs <= now
                    && (t.EscalateDueAtUnixMs > afterDue || (t.EscalateDueAtUnixMs == afterDue && t.Id > afterId)))
                .OrderBy(t => t.EscalateDueAtUnixMs).ThenBy(t => t.Id)
                .Select(t => new DueTicket(t.Id, t.Number, t.EscalateDueAtUnixMs!.Value, t.Version))
            : open.Where(t => t.UrgeDueAtUnixMs != null && t.UrgeDueAtUnixMs <= now
                    && (t.UrgeDueAtUnixMs > afterDue || (t.UrgeDueAtUnixMs == afterDue && t.Id > afterId)))
                .OrderBy(t => t.UrgeDueAtUnixMs).ThenBy(t => t.Id)
                .Select(t => new DueTicket(t.Id, t.Number, t.UrgeDueAtUnixMs!.Value, t.Version));
        return await due.Take(size).ToListAsync(cancellationToken);
    }

    private sealed record DueTicket(long Id, string Number, long Due, int Version);
}
