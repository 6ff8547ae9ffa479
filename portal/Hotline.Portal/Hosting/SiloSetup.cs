using System.Net;
using Hotline.Grains;
using Hotline.Grains.Store.Orleans;
using Hotline.Portal.Configuration;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Hotline.Portal.Hosting;

/// <summary>
/// Hosts the Orleans silo in this process. Grain state and reminders live in the operational store (SQLite or PostgreSQL); with
/// PostgreSQL the silos also find each other there (several processes form one cluster), else the silo is alone on
/// localhost.
/// </summary>
public static class SiloSetup
{
    /// <summary>The Orleans service id; grain state and reminders are keyed by it, so it never changes.</summary>
    public const string ServiceId = GrainStorage.ServiceId;

    public static WebApplicationBuilder AddHotlineSilo(this WebApplicationBuilder builder, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var postgres = StoreSetup.UsesPostgres(options);
        var connection = StoreSetup.ConnectionString(options);

        // The store's own tables are created before the silo starts: the silo adds Orleans' tables to the same
        // database, and EF's EnsureCreated creates tables only in a database that has none. Hosted services start in
        // the order they are registered; AddOperationalStore registering it again changes nothing.
        builder.Services.AddHostedService<OperationalStoreInitializer>();
        builder.UseOrleans(silo =>
        {
            if (postgres)
            {
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ServiceId = ServiceId;
                    cluster.ClusterId = options.Silo.ClusterId;
                });
                silo.ConfigureEndpoints(IPAddress.Loopback, options.Silo.SiloPort, options.Silo.GatewayPort, listenOnAnyHostAddress: false);
                silo.UseHotlinePostgresClustering(connection);
            }
            else
            {
                silo.UseLocalhostClustering(options.Silo.SiloPort, options.Silo.GatewayPort, serviceId: ServiceId, clusterId: options.Silo.ClusterId);
                silo.Configure<EndpointOptions>(endpoints => endpoints.AdvertisedIPAddress = IPAddress.Loopback);
            }

            var store = postgres ? OrleansDatabase.Postgres : OrleansDatabase.Sqlite;
            silo.AddHotlineGrainStorage(store, connection);
            // Call-backs, campaigns and the report schedule wake by reminders; kept in the store, they outlive a restart.
            silo.UseHotlineReminders(store, connection);
            // Operators watch silos, grains and reminders at /admin/orleans (mapped by the host behind the operations policy).
            silo.AddDashboard();
        });
        return builder;
    }
}
