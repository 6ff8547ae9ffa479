using Hotline.Grains.Telephony;
using Hotline.Portal.Configuration;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Hosting;

/// <summary>Connects this node's telephony to the grains: service-number calls go to call grains, which command the node.</summary>
public static class TelephonySetup
{
    /// <summary>The service numbers when <c>Hotline:Sip:ServiceNumbers</c> names none.</summary>
    public static IReadOnlyList<string> DefaultServiceNumbers { get; } = ["12328"];

    /// <summary>The service numbers this node answers: <c>Hotline:Sip:ServiceNumbers</c>, or <see cref="DefaultServiceNumbers"/> when it names none.</summary>
    public static IReadOnlyList<string> ServiceNumbersOf(HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Sip.ServiceNumbers.Count > 0 ? [.. options.Sip.ServiceNumbers.Select(n => n.Trim())] : DefaultServiceNumbers;
    }

    public static IServiceCollection AddCallRouting(this IServiceCollection services, HotlineOptions options)
    {
        var serviceNumbers = ServiceNumbersOf(options);
        services.AddSingleton(sp => new IvrEngine(timeProvider: sp.GetRequiredService<TimeProvider>()));
        // Flows edited as data live in <DataDir>/ivr (e.g. 12328.json) and replace the built-in demo flows.
        services.AddSingleton(_ => LoadFlows(Path.Combine(options.DataDir, "ivr")));
        services.AddSingleton<TelephonyNode>();
        services.AddSingleton(sp => new CallEventForwarder(
            sp.GetRequiredService<ICallControl>(), sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<TelephonyNode>(),
            serviceNumbers, sp.GetRequiredService<ILogger<CallEventForwarder>>()));
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
