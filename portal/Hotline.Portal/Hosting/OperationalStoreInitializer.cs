using Hotline.Grains.Store;
using Hotline.Portal.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Hosting;

/// <summary>Creates the store's schema at start-up and seeds the demo organisation when asked.</summary>
public sealed partial class OperationalStoreInitializer(
    IDbContextFactory<OperationalDbContext> contexts,
    OperationalStoreState state,
    IOptions<HotlineOptions> options,
    ILogger<OperationalStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            await StoreJournal.UseWriteAheadLogAsync(db, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new HotlineStartupException(
                $"Hotline:Store ({options.Value.Store.Provider}): {ex.GetBaseException().Message}", ex);
        }

        if (options.Value.Demo)
        {
            var added = await DemoOrganisationSeeder.SeedAsync(db, options.Value.Sip.Domain, cancellationToken);
            LogSeeded(logger, added);
        }

        state.IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo organisation seeded ({Added} records added)")]
    private static partial void LogSeeded(ILogger logger, int added);
}
