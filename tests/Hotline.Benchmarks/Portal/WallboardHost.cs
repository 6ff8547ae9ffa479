using Hotline.Grains;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Store.Orleans;
using Hotline.Portal.Identity;
using Hotline.Portal.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace Hotline.Benchmarks.Portal;

/// <summary>
/// What a wallboard session runs against, in process: a silo with the platform's agent and queue grains (state in SQLite), the portal's live
/// hub fed by the same grain call filter, its agent directory on an identity store holding the agents, and the component services a circuit has.
/// </summary>
internal sealed class WallboardHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private WallboardHost(IHost host, string folder, IReadOnlyList<string> agents)
    {
        _host = host;
        _folder = folder;
        Agents = agents;
    }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public LiveContactCentre Hub => _host.Services.GetRequiredService<LiveContactCentre>();

    /// <summary>The agents' extensions.</summary>
    public IReadOnlyList<string> Agents { get; }

    public static async Task<WallboardHost> StartAsync(int agents)
    {
        var folder = Directory.CreateTempSubdirectory("hotline-bench-portal-").FullName;
        var identity = $"Data Source={Path.Combine(folder, "identity.db")}";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(LoopbackPorts.Next(), LoopbackPorts.Next(), serviceId: GrainStorage.ServiceId, clusterId: "hotline-bench-portal");
            silo.AddHotlineGrainStorage(OrleansDatabase.Sqlite, $"Data Source={Path.Combine(folder, "hotline.db")}");
        });
        builder.Services.AddDbContextFactory<PortalIdentityDbContext>(db => db.UseSqlite(identity));
        builder.Services.AddPortalLive();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddScoped<IJSRuntime, NoBrowserJsRuntime>();
        builder.Services.AddScoped<NavigationManager, BenchNavigationManager>();
        var host = builder.Build();

        var extensions = Enumerable.Range(8001, agents).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            db.Users.AddRange(extensions.Select(e => new PortalUser { UserName = e, NormalizedUserName = e, Extension = e, DisplayName = "坐席" + e }));
            await db.SaveChangesAsync();
        }

        await host.StartAsync();
        var started = new WallboardHost(host, folder, extensions);
        foreach (var extension in extensions)
        {
            var agent = started.Grains.GetGrain<IAgentGrain>(extension);
            await agent.ConfigureAsync(new AgentProfile(extension, "坐席" + extension, [new AgentSkill("complaint", 5)], TimeSpan.FromSeconds(30)));
            await agent.LoginAsync();
            await agent.SetReadyAsync();
        }

        return started;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            await _host.StopAsync(timeout.Token);
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
