using Hotline.Grains.Store;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Grains.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Grains.Tests.Telephony;

/// <summary>What one silo holds of the telephony registry: its own stores on the shared database, its own catalog (the demo flows) and number table, and the sync that keeps them in step.</summary>
internal sealed class TelephonyStoreNode : IDisposable
{
    public TelephonyStoreNode(TestStore store, TimeProvider? clock = null)
    {
        var time = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        Contexts = new Factory(store);
        Numbers = new ServiceNumberStore(Contexts, time);
        Flows = new IvrFlowStore(Contexts, time, NullLogger<IvrFlowStore>.Instance);
        Sync = new TelephonyCatalogSync(Contexts, Numbers, Flows, Table, Catalog, TimeProvider.System, NullLogger<TelephonyCatalogSync>.Instance);
    }

    public IDbContextFactory<TelephonyDbContext> Contexts { get; }

    public ServiceNumberStore Numbers { get; }

    public IvrFlowStore Flows { get; }

    public IvrFlowCatalog Catalog { get; } = IvrFlowCatalog.Demo();

    public ServiceNumberTable Table { get; } = new();

    public TelephonyCatalogSync Sync { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Creates the store's own tables (as the platform's first start does), then the telephony tables.</summary>
    public async Task CreateSchemaAsync()
    {
        await using (var operational = new OperationalDbContext(Options<OperationalDbContext>(((Factory)Contexts).Store)))
            await operational.Database.EnsureCreatedAsync(Token);
        await using var db = await Contexts.CreateDbContextAsync(Token);
        await TelephonyStoreSchema.EnsureAsync(db, Token);
    }

    /// <summary>The current change counter.</summary>
    public async Task<long> ChangeVersionAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync(Token);
        return await TelephonyChangeCounter.ReadAsync(db, Token);
    }

    public void Dispose() => Sync.Dispose();

    internal static DbContextOptions<T> Options<T>(TestStore store)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        return (store.Database == Hotline.Grains.Store.Orleans.OrleansDatabase.Postgres ? builder.UseNpgsql(store.ConnectionString) : builder.UseSqlite(store.ConnectionString)).Options;
    }

    private sealed class Factory(TestStore store) : IDbContextFactory<TelephonyDbContext>
    {
        public TestStore Store => store;

        public TelephonyDbContext CreateDbContext() => new(Options<TelephonyDbContext>(store));
    }
}
