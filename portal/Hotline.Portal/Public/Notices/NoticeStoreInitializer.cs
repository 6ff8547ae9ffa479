using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Public.Notices;

/// <summary>Adds the notices table to the operational store at start-up; registered after the store's own initializer.</summary>
public sealed class NoticeStoreInitializer(IDbContextFactory<NoticeDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await NoticeStoreSchema.EnsureAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
