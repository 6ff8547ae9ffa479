using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Outbox;

namespace Hotline.Analytics.Tests.Ingestion;

/// <summary>The child-process side of <see cref="ProcessKillTests"/>: a consumer over its own engine and the shared outbox file.</summary>
internal static class IngestionChild
{
    public const string Database = "hotline";

    public static int Run(bool die, string dataDirectory, string storePath)
    {
        var engine = EmbeddedClickHouseEngine.Open(dataDirectory);
        new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync().GetAwaiter().GetResult();
        var store = TestStore.Open(storePath);
        var faulty = new FaultyEngine(engine) { Fault = (n, _) => die && n == 2 ? InsertFault.KillProcess : InsertFault.None };
        var consumer = new OutboxConsumer(new EventOutboxReader(store), faulty, Database, new OutboxIngestionOptions { MaxBatchRows = 100_000 });
        var moved = consumer.DrainAsync().GetAwaiter().GetResult();

        string Scalar(string sql) => engine.QueryAsync(sql, "TabSeparated").GetAwaiter().GetResult().Text.Trim();
        Console.WriteLine($"moved {moved}");
        Console.WriteLine($"rows {Scalar($"SELECT count() FROM {Database}.calls")}");
        Console.WriteLine($"unique {Scalar($"SELECT uniqExact(event_id) FROM {Database}.calls")}");
        Console.WriteLine($"daily {Scalar($"SELECT sum(offered) FROM {Database}.calls_daily")}");
        Console.WriteLine($"pending {new EventOutboxReader(store).GetBacklogAsync().GetAwaiter().GetResult().Pending}");
        engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
