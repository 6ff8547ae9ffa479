using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>What one applied action adds: the history note and, for urges, escalations and major complaints, the alert to send once stored.</summary>
/// <remarks>The event kind follows from the action (<see cref="TicketEventFactory.KindOf"/>).</remarks>
public sealed record TicketStep(string Note, TicketAlertKind? Alert = null);
