using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Workflow;
using Hotline.Portal.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Administration;

/// <summary>Workflow administration on the operational store through <see cref="TicketWorkflowCatalog"/>.</summary>
public sealed class StoreTicketWorkflowAdministration(IDbContextFactory<OperationalDbContext> contexts, AuditLog audit, TimeProvider clock) : ITicketWorkflowAdministration
{
    /// <summary>The audit action of a saved workflow.</summary>
    public const string AuditActionName = "workflow-change";

    /// <inheritdoc />
    public async Task<IReadOnlyList<TicketWorkflowSetting>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = new List<TicketWorkflowSetting>();
        foreach (var type in Enum.GetValues<TicketType>())
            settings.Add(new TicketWorkflowSetting(type, await TicketWorkflowCatalog.ForAsync(db, type, cancellationToken)));
        return settings;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowIssue>> SaveAsync(ClaimsPrincipal actor, TicketType type, string? json, CancellationToken cancellationToken)
    {
        if (WorkflowDocument.Read(json, type, out var issues) is not { } definition)
            return issues;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            await TicketWorkflowCatalog.SaveAsync(db, type, definition, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(actor, AuditActionName, $"workflow:{type}",
            $"dispatch {definition.Dispatch}, review {definition.Review}, return visit {definition.ReturnVisit}, {definition.Roles.Count} actions", cancellationToken);
        return [];
    }
}
