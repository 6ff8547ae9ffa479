using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>Decides whether an actor may take an action on a ticket in its state; refusals name ticket, state, action and the reason.</summary>
public static class TicketActionGuard
{
    private static readonly string[] UnitRoles = [PlatformRole.HandlingUnit, PlatformRole.Enterprise];

    /// <summary>Throws <see cref="TicketWorkflowException"/> unless <paramref name="actor"/> may take <paramref name="action"/> now.</summary>
    public static void Check(string number, TicketState state, string? ticketUnit, TicketAction action, TicketActor actor, TicketWorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(workflow);
        var name = TicketActionName.Of(action);
        var from = TicketTransitions.From(action, workflow);
        if (from.Count == 0)
            throw new TicketWorkflowException($"Ticket {number} (state {state}): the workflow of its type has no '{name}' step.");
        if (!from.Contains(state))
            throw new TicketWorkflowException($"Ticket {number} is in state {state}; '{name}' needs state {string.Join(" or ", from)}.");

        var allowed = workflow.RolesFor(action);
        var granting = actor.Roles.Where(allowed.Contains).ToList();
        if (granting.Count == 0)
            throw new TicketWorkflowException(
                $"Ticket {number} (state {state}): '{name}' needs one of the roles {string.Join(", ", allowed)}; actor {actor.Id} has {string.Join(", ", actor.Roles)}.");
        // A unit or enterprise acts only on tickets dispatched to it; staff roles act on every ticket.
        var onlyAsUnit = granting.All(UnitRoles.Contains);
        if (onlyAsUnit && (actor.UnitId is null || !string.Equals(actor.UnitId, ticketUnit, StringComparison.Ordinal)))
            throw new TicketWorkflowException(
                $"Ticket {number} (state {state}): '{name}' by {actor.Id} of unit {actor.UnitId ?? "(none)"} refused; the ticket is dispatched to {ticketUnit ?? "no unit"}.");
    }
}
