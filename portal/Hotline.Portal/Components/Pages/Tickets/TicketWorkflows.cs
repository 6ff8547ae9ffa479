using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>Reads a ticket type's workflow as the grain does: the stored document when the operational store is there, the default otherwise.</summary>
public static class TicketWorkflows
{
    /// <summary>The workflow of <paramref name="type"/>.</summary>
    public static async Task<TicketWorkflowDefinition> ForAsync(IServiceProvider services, TicketType type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<IDbContextFactory<OperationalDbContext>>() is not { } contexts)
            return TicketWorkflowDefaults.For(type);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TicketWorkflowCatalog.ForAsync(db, type, cancellationToken);
    }
}
