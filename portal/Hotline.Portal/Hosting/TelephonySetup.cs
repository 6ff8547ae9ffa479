using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Configuration;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Sip.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Hosting;

/// <summary>Connects this node's telephony to the grains: service-number calls go to call grains, which command the node.</summary>
public static class TelephonySetup
{
    /// <summary>The service numbers when <c>Hotline:Sip:ServiceNumbers</c> names none.</summary>
    public static IReadOnlyList<string> DefaultServiceNumbers { get; } = ["12328"];

    /// <summary>The service numbers an empty registry is seeded with: <c>Hotline:Sip:ServiceNumbers</c>, or <see cref="DefaultServiceNumbers"/> when it names none.</summary>
    public static IReadOnlyList<string> ServiceNumbersOf(HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Sip.ServiceNumbers.Count > 0 ? [.. options.Sip.ServiceNumbers.Select(n => n.Trim())] : DefaultServiceNumbers;
    }

    /// <summary>
    /// Registers the service-number registry and the IVR flows on the operational store (tables, stores, this silo's catalog and number table,
    /// the start-up seeding and the sync that follows other silos' changes). Call after the store and before the SIP service, whose admission asks the table.
    /// </summary>
    public static IServiceCollection AddServiceNumbers(this IServiceCollection services, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddDbContextFactory<TelephonyDbContext>(db => StoreSetup.UseStore(db, options));
        // The built-in flows and <DataDir>/ivr overrides (e.g. 12328.json) seed the store when it lacks them; the store's versions then win.
        services.AddSingleton(_ => LoadFlows(Path.Combine(options.DataDir, "ivr")));
        services.AddSingleton<ServiceNumberStore>();
        services.AddSingleton<IvrFlowStore>();
        services.AddSingleton<ServiceNumberTable>();
        services.AddSingleton<IServiceNumberResolver>(sp => sp.GetRequiredService<ServiceNumberTable>());
        services.AddSingleton<TelephonyCatalogSync>();
        services.AddHostedService<TelephonyStoreInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<TelephonyCatalogSync>());
        return services;
    }

    public static IServiceCollection AddCallRouting(this IServiceCollection services, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(sp => new IvrEngine(timeProvider: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TelephonyNode>();
        services.AddSingleton(sp => new CallEventForwarder(
            sp.GetRequiredService<ICallControl>(), sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<TelephonyNode>(),
            sp.GetRequiredService<IServiceNumberResolver>(), sp.GetRequiredService<ILogger<CallEventForwarder>>()));
        services.AddHostedService<CallRoutingService>();
        if (options.Demo)
        {
            services.AddHostedService<DemoContactCentreSeeder>();
        }

        return services;
    }

    private static IvrFlowCatalog LoadFlows(string folder)
    {
        try
        {
            return IvrFlowCatalog.Demo(folder);
        }
        catch (InvalidDataException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:DataDir (ivr)", folder, ex.Message);
        }
    }
}
