using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Store;
using Hotline.Grains.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>A test cluster on a real SQLite operational store (the store's own tables first, the knowledge tables added by the idempotent step) with a fake clock.</summary>
public sealed class KnowledgeClusterFixture : IAsyncLifetime
{
    private const string StoreKey = "Hotline:Tests:KnowledgeStore";

    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-knowledge-" + Guid.NewGuid().ToString("N")[..12]);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    public IKnowledgeCatalog Catalog => SiloServices.GetRequiredService<IKnowledgeCatalog>();

    public FakeTimeProvider Clock => (FakeTimeProvider)SiloServices.GetRequiredService<TimeProvider>();

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "hotline.db")}";

    public KnowledgeDbContext CreateDbContext() => SiloServices.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContext();

    public IKnowledgeArticleGrain Article(string id) => Grains.GetGrain<IKnowledgeArticleGrain>(id);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = new TestClusterBuilder(1);
        builder.Properties[StoreKey] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        // As in the host: the operational store exists first, the knowledge tables are added to it.
        await using (var store = new OperationalDbContext(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(ConnectionString).Options))
        {
            await store.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }
        await using var db = CreateDbContext();
        await KnowledgeStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
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
                services.AddDbContextFactory<KnowledgeDbContext>(db => db.UseSqlite(connection));
                services.AddKnowledge();
            });
        }
    }
}
