using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>A dispatched ticket as its handling unit or enterprise sees it: state, deadline, reply and every action so far.</summary>
public sealed record PartnerTicketProgressResponse(
    string Number, string Type, string State, DateTimeOffset Deadline, string? Reply, IReadOnlyList<PartnerTicketStepResponse> History)
{
    /// <summary>The response for a ticket and its history.</summary>
    public static PartnerTicketProgressResponse From(TicketSnapshot ticket, IReadOnlyList<TicketHistoryEntry> history)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(history);
        return new(ticket.Number, TicketTypeNames.Name(ticket.Type), ticket.State.ToString(), ticket.Deadline, ticket.Reply,
            [.. history.Select(entry => new PartnerTicketStepResponse(entry.At, entry.Action, entry.ToState.ToString(), entry.Note))]);
    }
}
