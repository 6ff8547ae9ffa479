using Hotline.Portal.Public.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Hotline.Portal.Tests.Public;

/// <summary>The notices table on both store providers: created beside existing tables, idempotently; each state change is checked and conditional.</summary>
[Trait("Category", "Integration")]
public sealed class NoticeStoreTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Notices_move_draft_published_withdrawn_and_only_published_ones_are_public(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.StoreAsync(clock);

        var first = await store.CreateAsync("  元旦假期服务安排  ", "热线正常服务。", "admin", TestContext.Current.CancellationToken);
        Assert.Equal(NoticeState.Draft, first.State);
        Assert.Equal("元旦假期服务安排", first.Title);
        Assert.Null(await store.FindPublishedAsync(first.Id, TestContext.Current.CancellationToken));

        clock.Advance(TimeSpan.FromMinutes(5));
        var published = await store.PublishAsync(first.Id, "manager", TestContext.Current.CancellationToken);
        Assert.Equal(NoticeState.Published, published!.State);
        Assert.Equal("manager", published.PublishedBy);
        Assert.Equal(clock.GetUtcNow(), published.PublishedAt);
        var again = await Assert.ThrowsAsync<NoticeStateException>(() => store.PublishAsync(first.Id, "admin", TestContext.Current.CancellationToken));
        Assert.Equal(NoticeState.Published, again.Current);

        clock.Advance(TimeSpan.FromMinutes(5));
        var second = await store.CreateAsync("春运售票安排", "正文", "admin", TestContext.Current.CancellationToken);
        await store.PublishAsync(second.Id, "admin", TestContext.Current.CancellationToken);
        Assert.Equal([second.Id, first.Id], (await store.PublishedAsync(TestContext.Current.CancellationToken)).Select(n => n.Id));

        var withdrawn = await store.WithdrawAsync(first.Id, "admin", TestContext.Current.CancellationToken);
        Assert.Equal(NoticeState.Withdrawn, withdrawn!.State);
        Assert.Null(await store.FindPublishedAsync(first.Id, TestContext.Current.CancellationToken));
        Assert.Equal([second.Id], (await store.PublishedAsync(TestContext.Current.CancellationToken)).Select(n => n.Id));
        await Assert.ThrowsAsync<NoticeStateException>(() => store.WithdrawAsync(first.Id, "admin", TestContext.Current.CancellationToken));

        var republished = await store.PublishAsync(first.Id, "admin", TestContext.Current.CancellationToken);
        Assert.Equal(NoticeState.Published, republished!.State);
        Assert.Null(republished.WithdrawnAt);
        Assert.Null(await store.PublishAsync(987_654, "admin", TestContext.Current.CancellationToken));
        Assert.Equal(2, (await store.ListAsync(TestContext.Current.CancellationToken)).Count);
    }

    /// <summary>A database that already holds another table (as the operational store does) on one provider.</summary>
    private sealed class TestDatabase : IAsyncDisposable
    {
        private readonly string provider;
        private readonly string connection;
        private readonly string? serverConnection;
        private readonly string? databaseName;

        private TestDatabase(string provider, string connection, string? serverConnection, string? databaseName)
        {
            this.provider = provider;
            this.connection = connection;
            this.serverConnection = serverConnection;
            this.databaseName = databaseName;
        }

        public static async Task<TestDatabase> CreateAsync(string provider)
        {
            if (provider == "sqlite")
            {
                var file = Path.Combine(Path.GetTempPath(), "hotline-notices-" + Guid.NewGuid().ToString("N")[..12] + ".db");
                return new TestDatabase(provider, $"Data Source={file};Pooling=False", null, null);
            }

            var server = Environment.GetEnvironmentVariable("HOTLINE_TEST_POSTGRES");
            Assert.False(string.IsNullOrEmpty(server), "HOTLINE_TEST_POSTGRES is not set: run the suite with ./hotline test, which starts PostgreSQL on loopback");
            var name = "hotline_notices_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteAsync(server, $"CREATE DATABASE {name}");
            return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, server, name);
        }

        public async Task<NoticeStore> StoreAsync(TimeProvider clock)
        {
            var options = new DbContextOptionsBuilder<NoticeDbContext>();
            if (provider == "sqlite")
            {
                options.UseSqlite(connection);
            }
            else
            {
                options.UseNpgsql(connection);
            }

            var contexts = new PooledDbContextFactory<NoticeDbContext>(options.Options);
            await using (var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
            {
                await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
                // EnsureCreated made the notices table in an empty database; drop it and put another table in its place, as in a store that predates notices.
                await db.Database.ExecuteSqlRawAsync("DROP TABLE public_notices", TestContext.Current.CancellationToken);
                await db.Database.ExecuteSqlRawAsync("CREATE TABLE older_table (id INTEGER PRIMARY KEY)", TestContext.Current.CancellationToken);
                await NoticeStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
                await NoticeStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
            }

            return new NoticeStore(contexts, clock);
        }

        public async ValueTask DisposeAsync()
        {
            if (serverConnection is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(serverConnection, $"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
            }
            else
            {
                File.Delete(connection["Data Source=".Length..connection.IndexOf(';', StringComparison.Ordinal)]);
            }
        }

        private static async Task ExecuteAsync(string server, string sql)
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }
}
