using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Store;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>Works out a ticket's deadline (category tree, then configured category hours, then type) and when the sweeper's urge and escalation fall due.</summary>
public sealed class TicketDeadlines(IOptions<TicketSlaOptions> sla, IOptions<TicketSweepOptions> sweep, TicketCategoryCache categories)
{
    /// <summary>The deadline of a ticket of <paramref name="type"/> and <paramref name="categoryCode"/> whose clock starts at <paramref name="start"/>.</summary>
    public async Task<DateTimeOffset> DeadlineForAsync(OperationalDbContext db, TicketType type, string? categoryCode, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var hours = (await categories.GetAsync(db, cancellationToken)).SlaHours(categoryCode);
        return hours is { } fromTree ? start.AddHours(fromTree) : sla.Value.DeadlineFor(type, categoryCode, start);
    }

    /// <summary>Sets the sweeper's due times for a deadline that runs from <paramref name="start"/>.</summary>
    public void Schedule(TicketRecord ticket, DateTimeOffset start, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var share = Math.Clamp(sweep.Value.UrgeShare, 0, 1);
        var span = Math.Max(0, deadline.ToUnixTimeMilliseconds() - start.ToUnixTimeMilliseconds());
        ticket.DeadlineUnixMs = deadline.ToUnixTimeMilliseconds();
        ticket.UrgeDueAtUnixMs = start.ToUnixTimeMilliseconds() + (long)(span * share);
        ticket.EscalateDueAtUnixMs = deadline.ToUnixTimeMilliseconds();
    }

    /// <summary>Clears the due times of a finished ticket, so the sweeper never reads it again.</summary>
    public static void Unschedule(TicketRecord ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.UrgeDueAtUnixMs = null;
        ticket.EscalateDueAtUnixMs = null;
    }
}
