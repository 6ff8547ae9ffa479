using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>One ticket type's workflow, stored as data: which optional steps it goes through and which roles may take each action.</summary>
public sealed record TicketWorkflowDefinition
{
    /// <summary>派单: the ticket goes to a handling unit; without it the hotline's own staff accept it from intake.</summary>
    public bool Dispatch { get; init; } = true;

    /// <summary>审核: a reply waits for review; without it a reply is reviewed at once.</summary>
    public bool Review { get; init; } = true;

    /// <summary>回访: the citizen is visited back before closing; without it the ticket closes from Reviewed.</summary>
    public bool ReturnVisit { get; init; } = true;

    /// <summary>The roles (<see cref="Abstractions.People.PlatformRole"/> names) allowed per action name (<see cref="TicketActionName"/>).</summary>
    public Dictionary<string, string[]> Roles { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The roles that may take <paramref name="action"/> (none when the data does not name it).</summary>
    public IReadOnlyList<string> RolesFor(TicketAction action) =>
        Roles.TryGetValue(TicketActionName.Of(action), out var roles) ? roles : [];
}
