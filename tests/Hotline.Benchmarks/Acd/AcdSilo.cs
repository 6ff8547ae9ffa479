using Hotline.Grains;
using Hotline.Grains.Store.Orleans;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Benchmarks.Acd;

/// <summary>One in-process silo as the portal runs it by default: grain state in a SQLite file (in a temporary folder), localhost clustering.</summary>
internal sealed class AcdSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private AcdSilo(IHost host, string folder, AgentChosenProbe probe)
    {
        _host = host;
        _folder = folder;
        Probe = probe;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public AgentChosenProbe Probe { get; }

    public static async Task<AcdSilo> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("hotline-bench-acd-").FullName;
        var probe = new AgentChosenProbe();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(LoopbackPorts.Next(), LoopbackPorts.Next(), serviceId: GrainStorage.ServiceId, clusterId: "hotline-bench");
            silo.AddHotlineGrainStorage(OrleansDatabase.Sqlite, $"Data Source={Path.Combine(folder, "hotline.db")}");
            silo.AddIncomingGrainCallFilter(probe);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new AcdSilo(host, folder, probe);
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await _host.StopAsync(timeout.Token);
        }

        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
