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
/// <remarks><see cref="PostgresKnowledgeClusterFixture"/> runs the same cluster on PostgreSQL.</remarks>
public class KnowledgeClusterFixture : IAsyncLifetime
{
    private const string StoreKey = "Hotline:Tests:KnowledgeStore";
    private const string ProviderKey = "Hotline:Tests:KnowledgeStoreProvider";

    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-knowledge-" + Guid.NewGuid().ToString("N")[..12]);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    public IKnowledgeCatalog Catalog => SiloServices.GetRequiredService<IKnowledgeCatalog>();

    public FakeTimeProvider Clock => (FakeTimeProvider)SiloServices.GetRequiredService<TimeProvider>();

    /// <summary>The operational store's connection string (SQLite here; PostgreSQL in <see cref="PostgresKnowledgeClusterFixture"/>).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Whether the store is PostgreSQL.</summary>
    protected virtual bool OnPostgres => false;

    public KnowledgeDbContext CreateDbContext() => SiloServices.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContext();

    public IKnowledgeArticleGrain Article(string id) => Grains.GetGrain<IKnowledgeArticleGrain>(id);

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await CreateStoreAsync();
        var builder = new TestClusterBuilder(1);
        builder.Properties[StoreKey] = ConnectionString;
        builder.Properties[ProviderKey] = OnPostgres ? "postgres" : "sqlite";
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        // As in the host: the operational store exists first, the knowledge tables are added to it.
        var options = new DbContextOptionsBuilder<OperationalDbContext>();
        await using (var store = new OperationalDbContext((OnPostgres ? options.UseNpgsql(ConnectionString) : options.UseSqlite(ConnectionString)).Options))
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
        await DropStoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates the empty store and returns its connection string.</summary>
    protected virtual ValueTask<string> CreateStoreAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.FromResult($"Data Source={Path.Combine(_folder, "hotline.db")}");
    }

    /// <summary>Removes the store.</summary>
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
            var postgres = siloBuilder.Configuration[ProviderKey] == "postgres";
            ClusterFixture.ConfigureSilo(siloBuilder, new FakeTimeProvider(Start));
            siloBuilder.ConfigureServices(services =>
            {
                services.AddDbContextFactory<KnowledgeDbContext>(db =>
                {
                    if (postgres)
                        db.UseNpgsql(connection);
                    else
                        db.UseSqlite(connection);
                });
                services.AddKnowledge();
            });
        }
    }
}
