using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>Builds the analytics event for a ticket row after one of its steps.</summary>
public static class TicketEventFactory
{
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
