using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>A test cluster with a real SQLite operational store (ticket tables created by the idempotent step) and a fake clock.</summary>
public sealed class TicketClusterFixture : IAsyncLifetime
{
    private const string StoreKey = "Hotline:Tests:TicketStore";

    /// <summary>10:00 Asia/Shanghai on a fixed day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-tickets-" + Guid.NewGuid().ToString("N")[..12]);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    public ITicketIntake Intake => SiloServices.GetRequiredService<ITicketIntake>();

    public FakeTimeProvider Clock => (FakeTimeProvider)SiloServices.GetRequiredService<TimeProvider>();

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "hotline.db")}";

    public OperationalDbContext CreateDbContext() => SiloServices.GetRequiredService<IDbContextFactory<OperationalDbContext>>().CreateDbContext();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = new TestClusterBuilder(1);
        builder.Properties[StoreKey] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await using var db = CreateDbContext();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        using (var pooled = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connection = siloBuilder.Configuration[StoreKey]!;
            ClusterFixture.ConfigureSilo(siloBuilder, new FakeTimeProvider(Start));
            siloBuilder.ConfigureServices(services =>
            {
                services.AddDbContextFactory<OperationalDbContext>(db => db.UseSqlite(connection));
                services.AddTickets();
            });
        }
    }
}
