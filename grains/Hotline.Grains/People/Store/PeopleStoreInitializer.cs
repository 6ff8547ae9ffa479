using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Hotline.Grains.People.Store;

/// <summary>Adds the people tables and default KPI schemes to the operational store at start-up; register it after the store's own initializer.</summary>
public sealed class PeopleStoreInitializer(IDbContextFactory<PeopleDbContext> contexts, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await PeopleStoreSchema.EnsureAsync(db, clock, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
