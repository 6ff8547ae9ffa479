using System.Net;
using Hotline.Grains;
using Hotline.Portal.Configuration;
using Orleans.Configuration;

namespace Hotline.Portal.Hosting;

/// <summary>Hosts the Orleans silo in this process: localhost clustering on the configured ports.</summary>
public static class SiloSetup
{
    /// <summary>The Orleans service id; grain state and reminders are keyed by it, so it never changes.</summary>
    public const string ServiceId = "hotline";

    public static WebApplicationBuilder AddHotlineSilo(this WebApplicationBuilder builder, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.Silo.SiloPort, options.Silo.GatewayPort, serviceId: ServiceId, clusterId: options.Silo.ClusterId);
            silo.Configure<EndpointOptions>(endpoints => endpoints.AdvertisedIPAddress = IPAddress.Loopback);
            // In memory until the ADO.NET provider on the operational store lands with the grains issue (state does not survive a restart yet).
            silo.AddMemoryGrainStorage(GrainStorage.Main);
        });
        return builder;
    }
}
