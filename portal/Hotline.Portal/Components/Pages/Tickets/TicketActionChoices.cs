using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>The workflow buttons a ticket shows: the actions its type's workflow allows from its state to the actor's roles (the grain checks again when one is taken).</summary>
public static class TicketActionChoices
{
    /// <summary>The actions offered as buttons, in workflow order (并案 is offered beside the duplicate suggestions and by number).</summary>
    public static IReadOnlyList<TicketAction> Offered { get; } =
    [
        TicketAction.Dispatch, TicketAction.Accept, TicketAction.SendBack, TicketAction.Reply, TicketAction.Review, TicketAction.Visit,
        TicketAction.Close, TicketAction.Reopen, TicketAction.RequestExtension, TicketAction.DecideExtension, TicketAction.Urge,
        TicketAction.Escalate, TicketAction.MarkMajor, TicketAction.Merge,
    ];

    private static readonly string[] UnitRoles = [PlatformRole.HandlingUnit, PlatformRole.Enterprise];

    /// <summary>The actions <paramref name="actor"/> may take on <paramref name="ticket"/> under <paramref name="workflow"/>.</summary>
    public static IReadOnlyList<TicketAction> For(TicketSnapshot ticket, TicketWorkflowDefinition workflow, TicketActor actor)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(actor);
        return [.. Offered.Where(action => Allows(ticket, workflow, actor, action))];
    }

    private static bool Allows(TicketSnapshot ticket, TicketWorkflowDefinition workflow, TicketActor actor, TicketAction action)
    {
        if (!TicketTransitions.From(action, workflow).Contains(ticket.State))
            return false;
        // One extension request may be pending at a time; only a pending one can be decided.
        if (action == TicketAction.RequestExtension && ticket.ExtensionRequested)
            return false;
        if (action == TicketAction.DecideExtension && !ticket.ExtensionRequested)
            return false;
        if (action == TicketAction.MarkMajor && ticket.Major)
            return false;
        var granting = workflow.RolesFor(action).Intersect(actor.Roles, StringComparer.Ordinal).ToList();
        if (granting.Count == 0)
            return false;
        // As in the grain: a role held only as a unit acts on the tickets dispatched to that unit.
        return !granting.All(UnitRoles.Contains) || (actor.UnitId is not null && string.Equals(actor.UnitId, ticket.UnitId, StringComparison.Ordinal));
    }
}
