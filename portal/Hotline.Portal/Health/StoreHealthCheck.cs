using Hotline.Grains.Store;
using Hotline.Portal.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Health;

/// <summary>Ready when the store's schema is in place and a connection opens.</summary>
public sealed class StoreHealthCheck(IDbContextFactory<OperationalDbContext> contexts, OperationalStoreState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsReady)
        {
            return PartState.StartingResult("schema not created yet");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? PartState.ReadyResult(db.Database.ProviderName)
            : PartState.FailedResult("cannot connect");
    }
}
