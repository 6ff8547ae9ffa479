using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>What an action's change sees: the unit of work, the ticket row loaded in it, the type's workflow and the time.</summary>
public sealed record TicketChange(OperationalDbContext Db, TicketRecord Ticket, TicketWorkflowDefinition Workflow, DateTimeOffset Now);
