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
/// <remarks><see cref="PostgresTicketClusterFixture"/> runs the same cluster on PostgreSQL.</remarks>
public class TicketClusterFixture : IAsyncLifetime
{
    private const string StoreKey = "Hotline:Tests:TicketStore";
    private const string ProviderKey = "Hotline:Tests:TicketStoreProvider";
    private const string Postgres = "postgres";
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

    /// <summary>The operational store's connection string (SQLite here; PostgreSQL in <see cref="PostgresTicketClusterFixture"/>).</summary>
    public string ConnectionString { get; private set; } = "";

    public OperationalDbContext CreateDbContext() => SiloServices.GetRequiredService<IDbContextFactory<OperationalDbContext>>().CreateDbContext();

    /// <summary>Whether the silo arms the deadline sweeper's reminder at start, as the portal does (off: tests drive sweeps themselves).</summary>
    protected virtual bool ArmsSweeper => false;

    /// <summary>Whether the store is PostgreSQL (otherwise SQLite).</summary>
    protected virtual bool OnPostgres => false;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await CreateStoreAsync();
        var builder = new TestClusterBuilder(1);
        builder.Properties[StoreKey] = ConnectionString;
        builder.Properties[ProviderKey] = OnPostgres ? Postgres : "sqlite";
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
        await DropStoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty store for this fixture and returns its connection string.</summary>
    protected virtual ValueTask<string> CreateStoreAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.FromResult($"Data Source={Path.Combine(_folder, "hotline.db")}");
    }

    /// <summary>Removes the store once the silo is gone.</summary>
    protected virtual ValueTask DropStoreAsync()
    {
        using (var pooled = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connection = siloBuilder.Configuration[StoreKey]!;
            ClusterFixture.ConfigureSilo(siloBuilder, new FakeTimeProvider(Start));
            siloBuilder.ConfigureServices(services =>
            {
                if (siloBuilder.Configuration[ProviderKey] == Postgres)
                    services.AddDbContextFactory<OperationalDbContext>(db => db.UseNpgsql(connection));
                else
                    services.AddDbContextFactory<OperationalDbContext>(db => db.UseHotlineSqlite(connection));
                services.AddSingleton<ITicketAlertSink, RecordingTicketAlertSink>();
                services.AddTickets();
                if (siloBuilder.Configuration[SweeperKey] == "true")
                    services.AddTicketSweeper();
            });
            // A sweep over a thousand tickets is one grain call; the machine may be shared, so it gets time.
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = SweepTimeout);
        }
    }

    private static readonly TimeSpan SweepTimeout = TimeSpan.FromMinutes(5);

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = SweepTimeout);
    }
}
