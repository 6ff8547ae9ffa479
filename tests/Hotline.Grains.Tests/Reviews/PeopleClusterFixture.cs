using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests.Reviews;

/// <summary>A test cluster on a real SQLite operational store (the store's own tables first, the people tables added by the idempotent step) with a fake clock.</summary>
public sealed class PeopleClusterFixture : IAsyncLifetime
{
    private const string StoreKey = "Hotline:Tests:PeopleStore";

    public static readonly DateTimeOffset Start = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-people-" + Guid.NewGuid().ToString("N")[..12]);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    public ITrainingCatalog Training => SiloServices.GetRequiredService<ITrainingCatalog>();

    public IRosterBook Rosters => SiloServices.GetRequiredService<IRosterBook>();

    public IReviewCatalog Reviews => SiloServices.GetRequiredService<IReviewCatalog>();

    public IEmployeeArchive Archive => SiloServices.GetRequiredService<IEmployeeArchive>();

    public FakeTimeProvider Clock => (FakeTimeProvider)SiloServices.GetRequiredService<TimeProvider>();

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "hotline.db")}";

    public PeopleDbContext CreateDbContext() => SiloServices.GetRequiredService<IDbContextFactory<PeopleDbContext>>().CreateDbContext();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = new TestClusterBuilder(1);
        builder.Properties[StoreKey] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        // As in the host: the operational store exists first, the people tables are added to it.
        await using (var store = new OperationalDbContext(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(ConnectionString).Options))
        {
            await store.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        await using var db = CreateDbContext();
        await PeopleStoreSchema.EnsureAsync(db, Clock, TestContext.Current.CancellationToken);
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
                services.AddDbContextFactory<PeopleDbContext>(db => db.UseSqlite(connection));
                services.AddPeople();
            });
        }
    }
}
