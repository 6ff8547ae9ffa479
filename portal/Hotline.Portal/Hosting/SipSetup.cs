using Hotline.Grains.Store;
using Hotline.Portal.Configuration;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Portal.Hosting;

/// <summary>Builds the SIP service from <c>Hotline:Sip</c> and registers it with the host.</summary>
public static class SipSetup
{
    public static IServiceCollection AddSipService(this IServiceCollection services, HotlineOptions options, IReadOnlyList<SipListenAddress> listen)
    {
        ArgumentNullException.ThrowIfNull(options);
        var serverOptions = ToServerOptions(options.Sip, listen);
        services.AddSingleton<ISipCredentialStore, SipAccountCredentialStore>();
        services.AddMediaEngine(options, listen);
        services.AddSingleton(sp => new SipServer(
            serverOptions, sp.GetRequiredService<ISipCredentialStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<MediaEngine>(), sp.GetService<IServiceNumberResolver>()));
        services.AddSingleton<ICallControl>(sp => sp.GetRequiredService<SipServer>().Calls);
        services.AddSingleton<SipService>();
        services.AddHostedService(sp => sp.GetRequiredService<SipService>());
        return services;
    }

    /// <summary>Maps the configuration onto the SIP server's options; a bad value stops start-up naming its key.</summary>
    public static SipServerOptions ToServerOptions(SipOptions sip, IReadOnlyList<SipListenAddress> listen)
    {
        ArgumentNullException.ThrowIfNull(sip);
        var options = new SipServerOptions { Listen = listen, Domain = sip.Domain };
        if (sip.ServiceNumbers.Count > 0)
        {
            options.ServiceNumbers.Clear();
            foreach (var number in sip.ServiceNumbers)
            {
                options.ServiceNumbers.Add(number.Trim());
            }
        }

        if (sip.DigestAlgorithms.Count > 0)
        {
            options.DigestAlgorithms.Clear();
            foreach (var name in sip.DigestAlgorithms)
            {
                options.DigestAlgorithms.Add(DigestAlgorithm.FromName(name) is { } algorithm && !string.IsNullOrWhiteSpace(name)
                    ? algorithm
                    : throw HotlineStartupException.ForSetting("Hotline:Sip:DigestAlgorithms", name, "SHA-256, MD5"));
            }
        }

        foreach (var trunk in sip.Trunks)
        {
            options.Trunks.Add(trunk);
        }

        foreach (var route in sip.StaticRoutes)
        {
            options.StaticRoutes.Add(route);
        }

        try
        {
            _ = new TrunkDirectory(options.Trunks);
        }
        catch (FormatException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:Sip:Trunks", string.Join(", ", sip.Trunks.Select(t => t.Name)), ex.Message);
        }

        return options;
    }
}
