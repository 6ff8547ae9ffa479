using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>A test cluster with a real SQLite operational store (ticket tables created by the idempotent step) and a fake clock.</summary>
public class TicketClusterFixture : IAsyncLifetime
{
    private const string StoreKey = "Hotline:Tests:TicketStore";
    private const string SweeperKey = "Hotline:Tests:ArmSweeper";

    /// <summary>10:00 Asia/Shanghai on a fixed day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-tickets-" + Guid.NewGuid().ToString("N")[..12]);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    public ITicketIntake Intake => SiloServices.GetRequiredService<ITicketIntake>();

    public ITicketQueries Queries => SiloServices.GetRequiredService<ITicketQueries>();

    /// <summary>The alerts the grains sent (the silo's sink records them).</summary>
    public RecordingTicketAlertSink Alerts => (RecordingTicketAlertSink)SiloServices.GetRequiredService<ITicketAlertSink>();

    public FakeTimeProvider Clock => (FakeTimeProvider)SiloServices.GetRequiredService<TimeProvider>();

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "hotline.db")}";

    public OperationalDbContext CreateDbContext() => SiloServices.GetRequiredService<IDbContextFactory<OperationalDbContext>>().CreateDbContext();

    /// <summary>Whether the silo arms the deadline sweeper's reminder at start, as the portal does (off: tests drive sweeps themselves).</summary>
    protected virtual bool ArmsSweeper => false;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = new TestClusterBuilder(1);
        builder.Properties[StoreKey] = ConnectionString;
        builder.Properties[SweeperKey] = ArmsSweeper ? "true" : "false";
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
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
        GC.SuppressFinalize(this);
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
                services.AddSingleton<ITicketAlertSink, RecordingTicketAlertSink>();
                services.AddTickets();
                if (siloBuilder.Configuration[SweeperKey] == "true")
                    services.AddTicketSweeper();
            });
            // A sweep over a thousand tickets is one grain call; the machine may be shared, so it gets time.
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = SweepTimeout);
            siloBuilder.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromDays(30));
        }
    }

    private static readonly TimeSpan SweepTimeout = TimeSpan.FromMinutes(5);

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = SweepTimeout);
    }
}
