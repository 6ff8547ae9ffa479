using Hotline.Grains;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Store.Orleans;
using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Search;
using Hotline.Grains.Tickets.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Benchmarks.Tickets;

/// <summary>One in-process silo with the ticket services as the portal runs them by default: SQLite operational store and grain state
/// in a temporary folder, the search index under its search/tickets, no background sync (the benchmark drives the index).</summary>
internal sealed class TicketsSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private TicketsSilo(IHost host, string folder)
    {
        _host = host;
        _folder = folder;
    }

    public IServiceProvider Services => _host.Services;

    public ITicketIntake Intake => Services.GetRequiredService<ITicketIntake>();

    public ITicketSearch Search => Services.GetRequiredService<ITicketSearch>();

    public ITicketDuplicateFinder Duplicates => Services.GetRequiredService<ITicketDuplicateFinder>();

    public TicketSearchIndex Index => Services.GetRequiredService<TicketSearchIndex>();

    public OperationalDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<OperationalDbContext>>().CreateDbContext();

    public static async Task<TicketsSilo> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("hotline-bench-tickets-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContextFactory<OperationalDbContext>(db => db.UseHotlineSqlite($"Data Source={Path.Combine(folder, "hotline.db")}"));
        builder.Services.AddTickets();
        builder.Services.AddHotlineTicketSearch();
        builder.Services.Configure<TicketSearchOptions>(o => o.IndexFolder = Path.Combine(folder, "search", "tickets"));
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(LoopbackPorts.Next(), LoopbackPorts.Next(), serviceId: GrainStorage.ServiceId, clusterId: "hotline-bench");
            silo.AddHotlineGrainStorage(OrleansDatabase.Sqlite, $"Data Source={Path.Combine(folder, "orleans.db")}");
        });
        var host = builder.Build();
        var silo = new TicketsSilo(host, folder);
        await using (var db = silo.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            // As the platform's store initializer does.
            await StoreJournal.UseWriteAheadLogAsync(db, CancellationToken.None);
            await TicketStoreSchema.EnsureAsync(db, CancellationToken.None);
        }
        await host.StartAsync();
        return silo;
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
