using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets;

/// <summary>Builds what a citizen sees of a ticket; a merged ticket shows its own steps up to the merge, then the progress of the ticket that carries the handling.</summary>
public static class TicketCitizenViews
{
    /// <summary>Merges into merges are followed this far at most (a longer chain is a data error and stops there).</summary>
    private const int MaxMergeHops = 5;

    /// <summary>The citizen's view of <paramref name="ticket"/>.</summary>
    public static async Task<CitizenTicketView> BuildAsync(OperationalDbContext db, TicketRecord ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        var steps = await StepsAsync(db, ticket.Number, 0, cancellationToken);
        var carrier = ticket;
        for (var hop = 0; carrier.MergedInto is not null && hop < MaxMergeHops; hop++)
        {
            var source = carrier.Number;
            var merge = await db.Set<TicketMergeRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.SourceNumber == source, cancellationToken);
            var next = merge is null ? null : await db.Set<TicketRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Number == merge.TargetNumber, cancellationToken);
            if (next is null)
                break;
            // Only what the carrier did after taking this ticket over: its earlier steps concern another citizen's contact.
            steps.AddRange(await StepsAsync(db, next.Number, merge!.TargetSequence, cancellationToken));
            carrier = next;
        }
        return new CitizenTicketView(
            ticket.Number,
            Enum.Parse<TicketType>(ticket.Type),
            TicketStateText.Of(Enum.Parse<TicketState>(carrier.State)),
            DateTimeOffset.FromUnixTimeMilliseconds(ticket.CreatedAtUnixMs),
            steps,
            carrier.Reply);
    }

    /// <summary>The state changes of a ticket after history sequence <paramref name="afterSequence"/>; urges, notes and other steps that keep the state are internal.</summary>
    private static async Task<List<CitizenTicketStep>> StepsAsync(OperationalDbContext db, string number, int afterSequence, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TicketHistoryRecord>().AsNoTracking()
            .Where(h => h.TicketNumber == number && h.Sequence > afterSequence && (h.FromState == null || h.FromState != h.ToState))
            .OrderBy(h => h.Sequence).Select(h => new { h.AtUnixMs, h.ToState }).ToListAsync(cancellationToken);
        return [.. rows.Select(s => new CitizenTicketStep(DateTimeOffset.FromUnixTimeMilliseconds(s.AtUnixMs), TicketStateText.Of(Enum.Parse<TicketState>(s.ToState))))];
    }
}
