using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>A ticket as staff open it: everything the grain holds, every action on it (oldest first), and the tickets merged into it (并案) with their own
/// history, so one answer carries every contact of the case.</summary>
public sealed record TicketDetailResponse(TicketSnapshot Ticket, IReadOnlyList<TicketHistoryEntry> History, IReadOnlyList<TicketDetailResponse> Merged)
{
    /// <summary>Reads the ticket and its merged sources (one level: a source's own sources are listed on the source) from their grains.</summary>
    public static async Task<TicketDetailResponse> ReadAsync(IGrainFactory grains, string number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var (ticket, history) = await ReadOneAsync(grains.GetGrain<ITicketGrain>(number));
        var merged = new List<TicketDetailResponse>(ticket.MergedSources.Count);
        foreach (var source in ticket.MergedSources)
        {
            var (sourceTicket, sourceHistory) = await ReadOneAsync(grains.GetGrain<ITicketGrain>(source));
            merged.Add(new TicketDetailResponse(sourceTicket, sourceHistory, []));
        }

        return new TicketDetailResponse(ticket, history, merged);
    }

    private static async Task<(TicketSnapshot Ticket, IReadOnlyList<TicketHistoryEntry> History)> ReadOneAsync(ITicketGrain grain) =>
        (await grain.GetAsync(), await grain.GetHistoryAsync());
}
