using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>What one applied action adds: the event kind, the history note and, for urges and escalations, the alert to send once stored.</summary>
public sealed record TicketStep(TicketEventKind Kind, string Note, TicketAlertKind? Alert = null);
