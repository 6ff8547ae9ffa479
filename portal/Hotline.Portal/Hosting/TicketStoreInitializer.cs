using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Hosting;

/// <summary>Adds the ticket tables to an existing store at start-up (EnsureCreated skips a database that already has Orleans' tables).</summary>
public sealed class TicketStoreInitializer(IDbContextFactory<OperationalDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await TicketStoreSchema.EnsureAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
