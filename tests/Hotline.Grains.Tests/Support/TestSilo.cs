using System.Net;
using Hotline.Grains.Store.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Hotline.Grains.Tests.Support;

/// <summary>
/// One Orleans silo in its own generic host, wired to its store the way the portal wires it (AddHotlineGrainStorage,
/// UseHotlinePostgresClustering), on free loopback ports.
/// </summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private TestSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>
    /// Starts a silo; with <paramref name="clusterThroughStore"/> (PostgreSQL only) it joins the store's cluster, else it runs
    /// alone on localhost. With <paramref name="remindersInStore"/> reminders live in the store (UseHotlineReminders).
    /// </summary>
    public static async Task<TestSilo> StartAsync(TestStore store, bool clusterThroughStore = false, string clusterId = "hotline-test", bool remindersInStore = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(TimeProvider.System);
        // A grain starts on the silo whose code first calls it, so a test decides which silo hosts which grain.
        builder.Services.AddSingleton<PlacementStrategy, PreferLocalPlacement>();
        var siloPort = LoopbackPorts.Next();
        var gatewayPort = LoopbackPorts.Next();
        builder.UseOrleans(silo =>
        {
            if (clusterThroughStore)
            {
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ServiceId = GrainStorage.ServiceId;
                    cluster.ClusterId = clusterId;
                });
                silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
                silo.UseHotlinePostgresClustering(store.ConnectionString);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: GrainStorage.ServiceId, clusterId: clusterId);
            }

            silo.AddHotlineGrainStorage(store.Database, store.ConnectionString);
            if (remindersInStore)
            {
                silo.UseHotlineReminders(store.Database, store.ConnectionString);
            }
            else
            {
                // Reminders wake call-back lists and campaigns; kept in memory here (their state is in the store).
                silo.UseInMemoryReminderService();
            }
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host);
    }

    /// <summary>Stops the silo the way a host shuts down: its grains deactivate and the cluster learns it left.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _host.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
