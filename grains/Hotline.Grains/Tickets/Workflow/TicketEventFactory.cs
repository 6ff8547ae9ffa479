using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>Builds the analytics event for a ticket row after one of its steps.</summary>
public static class TicketEventFactory
{
    /// <summary>The event kind an action is recorded under: each action has its own, so analytics can tell an acceptance from an edit.</summary>
    public static TicketEventKind KindOf(TicketAction action) => action switch
    {
        TicketAction.Intake => TicketEventKind.Created,
        TicketAction.Dispatch => TicketEventKind.Dispatched,
        TicketAction.Accept => TicketEventKind.Accepted,
        TicketAction.SendBack => TicketEventKind.SentBack,
        TicketAction.Reply => TicketEventKind.Replied,
        TicketAction.Review => TicketEventKind.Reviewed,
        TicketAction.Visit => TicketEventKind.VisitedBack,
        TicketAction.Close => TicketEventKind.Closed,
        TicketAction.Reopen => TicketEventKind.Reopened,
        TicketAction.RequestExtension => TicketEventKind.ExtensionRequested,
        TicketAction.DecideExtension => TicketEventKind.ExtensionDecided,
        TicketAction.Urge => TicketEventKind.Urged,
        TicketAction.Escalate => TicketEventKind.Escalated,
        TicketAction.MarkMajor => TicketEventKind.MarkedMajor,
        TicketAction.Merge => TicketEventKind.Merged,
        TicketAction.Absorb => TicketEventKind.Absorbed,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, $"Ticket action {action} has no event kind; add it to TicketEventFactory.KindOf."),
    };

    /// <summary>The event of step <see cref="TicketRecord.Version"/> of <paramref name="ticket"/>; <paramref name="categoryNames"/> runs from the industry down.</summary>
    public static TicketEvent For(TicketRecord ticket, TicketEventKind kind, string actor, string text, DateTimeOffset at, IReadOnlyList<string> categoryNames)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(categoryNames);
        return new TicketEvent
        {
            EventId = Guid.NewGuid(),
            TicketNumber = ticket.Number,
            Sequence = ticket.Version,
            Kind = kind,
            OccurredAt = at,
            TicketCreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(ticket.CreatedAtUnixMs),
            TicketType = ticket.Type,
            CategoryPath = categoryNames,
            Industry = categoryNames.Count > 0 ? categoryNames[0] : "",
            Channel = ticket.Channel,
            Region = ticket.Region ?? "",
            Enterprise = ticket.Enterprise ?? "",
            Route = ticket.Route ?? "",
            Plate = ticket.VehiclePlate ?? "",
            State = ticket.State,
            Actor = actor,
            Text = text,
            CallId = ticket.CallId ?? "",
        };
    }
}
