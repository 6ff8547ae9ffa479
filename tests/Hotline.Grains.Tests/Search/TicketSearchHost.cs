using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tests.Tickets;
using Hotline.Grains.Tickets.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Tests.Search;

/// <summary>The search host services as the portal registers them, over a ticket cluster's SQLite store and clock, with the index in a temporary folder.</summary>
/// <remarks>Nothing polls: tests call <see cref="TicketSearchIndex.CatchUpAsync"/> where the host's background sync would.</remarks>
public sealed class TicketSearchHost : IDisposable
{
    private readonly ServiceProvider _services;

    public TicketSearchHost(TicketClusterFixture cluster, string? indexFolder = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        IndexFolder = indexFolder ?? Path.Combine(Path.GetTempPath(), "hotline-ticket-index-" + Guid.NewGuid().ToString("N")[..12]);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(cluster.Clock);
        services.AddDbContextFactory<OperationalDbContext>(db => db.UseSqlite(cluster.ConnectionString));
        services.AddHotlineTicketSearch();
        services.Configure<TicketSearchOptions>(o => o.IndexFolder = IndexFolder);
        _services = services.BuildServiceProvider();
    }

    public string IndexFolder { get; }

    public TicketSearchIndex Index => _services.GetRequiredService<TicketSearchIndex>();

    public ITicketSearch Search => _services.GetRequiredService<ITicketSearch>();

    public ITicketDuplicateFinder Duplicates => _services.GetRequiredService<ITicketDuplicateFinder>();

    /// <summary>Closes the index, leaving its folder (a restart test opens it again).</summary>
    public void Close() => _services.Dispose();

    /// <summary>Closes the index and removes its folder.</summary>
    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(IndexFolder))
            Directory.Delete(IndexFolder, recursive: true);
    }
}
