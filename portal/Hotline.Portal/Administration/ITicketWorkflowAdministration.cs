using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;

namespace Hotline.Portal.Administration;

/// <summary>Shows and replaces the per-type ticket workflows (stored as JSON documents); a saved workflow is audited.</summary>
public interface ITicketWorkflowAdministration
{
    /// <summary>The workflow of every ticket type, in the type's order.</summary>
    Task<IReadOnlyList<TicketWorkflowSetting>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Checks <paramref name="json"/> and stores it as the workflow of <paramref name="type"/>; the issues found (nothing stored) or none (stored).</summary>
    Task<IReadOnlyList<WorkflowIssue>> SaveAsync(ClaimsPrincipal actor, TicketType type, string? json, CancellationToken cancellationToken);
}

/// <summary>One ticket type and its workflow.</summary>
public sealed record TicketWorkflowSetting(TicketType Type, TicketWorkflowDefinition Definition);
