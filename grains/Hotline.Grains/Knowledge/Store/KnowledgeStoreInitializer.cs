using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>Adds the knowledge tables and default libraries to the operational store at start-up; register it after the store's own initializer.</summary>
public sealed class KnowledgeStoreInitializer(IDbContextFactory<KnowledgeDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await KnowledgeStoreSchema.EnsureAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
