using Hotline.Analytics.Engines;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Outbox;

namespace Hotline.Analytics.Tests.Support;

/// <summary>A real outbox (SQLite) and a fresh analytics database with the full schema, wired to a consumer.</summary>
internal sealed class IngestionHarness : IDisposable
{
    private IngestionHarness(IAnalyticsEngine engine, string database, TestStore store, TimeProvider clock)
    {
        Engine = engine;
        Database = database;
        Store = store;
        Clock = clock;
        Outbox = new EventOutbox(store, clock);
        Reader = new EventOutboxReader(store);
    }

    public IAnalyticsEngine Engine { get; }

    public string Database { get; }

    public TestStore Store { get; }

    public TimeProvider Clock { get; }

    public EventOutbox Outbox { get; }

    public EventOutboxReader Reader { get; }

    /// <summary>A fresh analytics database and an outbox in <paramref name="store"/> (default: a new SQLite file).</summary>
    public static async Task<IngestionHarness> CreateAsync(IAnalyticsEngine engine, string database, TimeProvider? clock = null, TestStore? store = null)
    {
        await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {database}", TestContext.Current.CancellationToken);
        await new SchemaMigrator(engine, new SchemaRenderer(database)).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        return new IngestionHarness(engine, database, store ?? TestStore.Create(), clock ?? TimeProvider.System);
    }

    public OutboxConsumer Consumer(IAnalyticsEngine? engine = null, IEventOutboxReader? reader = null, OutboxIngestionOptions? options = null) =>
        new(reader ?? Reader, engine ?? Engine, Database, options, Clock);

    public Task AppendAsync(IEnumerable<IDomainEvent> events) => Outbox.AppendAsync([.. events], TestContext.Current.CancellationToken);

    public Task<long> CountAsync(string table, string where = "1") => JsonRows.ScalarAsync(Engine, $"SELECT count() FROM {Database}.{table} WHERE {where}");

    public async Task<long> PendingAsync() => (await Reader.GetBacklogAsync(TestContext.Current.CancellationToken)).Pending;

    public void Dispose() => Store.Dispose();
}
