using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>The states each action may start from under a type's workflow (empty: the workflow has no such step).</summary>
public static class TicketTransitions
{
    /// <summary>States in which the unit still owes an answer; urges and deadline escalations apply only to these.</summary>
    public static IReadOnlyList<TicketState> Open { get; } = [TicketState.Intake, TicketState.Dispatched, TicketState.Handling];

    /// <summary>States a ticket is not finished in (neither closed nor merged).</summary>
    public static IReadOnlyList<TicketState> Unfinished { get; } =
    [
        TicketState.Intake, TicketState.Dispatched, TicketState.Handling, TicketState.Replied,
        TicketState.Reviewed, TicketState.Visited, TicketState.Unsatisfied,
    ];

    /// <summary>The states <paramref name="action"/> may start from.</summary>
    public static IReadOnlyList<TicketState> From(TicketAction action, TicketWorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return action switch
        {
            TicketAction.Dispatch => workflow.Dispatch ? [TicketState.Intake] : [],
            TicketAction.Accept => workflow.Dispatch ? [TicketState.Dispatched] : [TicketState.Intake],
            TicketAction.SendBack => workflow.Dispatch ? [TicketState.Dispatched, TicketState.Handling] : [],
            TicketAction.Reply => [TicketState.Handling],
            TicketAction.Review => [TicketState.Replied],
            TicketAction.Visit => workflow.ReturnVisit ? [TicketState.Reviewed] : [],
            TicketAction.Close => workflow.ReturnVisit ? [TicketState.Visited] : [TicketState.Reviewed],
            TicketAction.Reopen => [TicketState.Unsatisfied, TicketState.Closed],
            TicketAction.RequestExtension or TicketAction.DecideExtension => [TicketState.Dispatched, TicketState.Handling],
            TicketAction.Urge => Open,
            TicketAction.Merge => Open,
            TicketAction.Escalate or TicketAction.MarkMajor or TicketAction.Absorb => Unfinished,
            _ => [],
        };
    }
}
