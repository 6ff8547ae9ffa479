using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Hosting;

/// <summary>
/// Adds the telephony tables to the operational store at start-up, seeds them (the configured service numbers bound to the welcome flow
/// when the registry is empty; the built-in and <c>&lt;DataDir&gt;/ivr</c> flows the store lacks) and loads this silo's catalog and number
/// table before the SIP service answers its first call.
/// </summary>
public sealed partial class TelephonyStoreInitializer(
    IDbContextFactory<TelephonyDbContext> contexts,
    ServiceNumberStore numbers,
    IvrFlowStore flows,
    IvrFlowCatalog catalog,
    TelephonyCatalogSync sync,
    IOptions<HotlineOptions> options,
    ILogger<TelephonyStoreInitializer> logger) : IHostedService
{
    /// <summary>The display name of the numbers seeded from the configuration.</summary>
    public const string SeededDisplayName = "服务热线";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = TelephonySetup.ServiceNumbersOf(options.Value);
        if (configured.FirstOrDefault(n => !ServiceNumberRules.IsValidNumber(n)) is { } bad)
            throw HotlineStartupException.ForSetting(ServiceNumberSetting, bad, "digits, optionally after a leading +");
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            await TelephonyStoreSchema.EnsureAsync(db, cancellationToken);
        var seededNumbers = await numbers.SeedAsync(configured, CallFlows.Welcome, SeededDisplayName, cancellationToken);
        var seededFlows = await flows.SeedMissingAsync(catalog.Names.ToDictionary(n => n, catalog.Get, StringComparer.Ordinal), cancellationToken);
        await sync.RefreshAsync(cancellationToken);
        LogLoaded(logger, seededNumbers, seededFlows.Count, catalog.Names.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const string ServiceNumberSetting = "Hotline:Sip:ServiceNumbers";

    [LoggerMessage(Level = LogLevel.Information, Message = "Telephony registry loaded ({Numbers} numbers and {Flows} flows seeded; {Catalog} flows in the catalog)")]
    private static partial void LogLoaded(ILogger logger, int numbers, int flows, int catalog);
}
