using Hotline.Grains.Knowledge.Store;
using Hotline.Grains.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The knowledge tables are added to an operational store that already has tables, and the step is safe to repeat.</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeStoreSchemaTests
{
    [Fact]
    public async Task The_tables_and_defaults_are_added_to_an_existing_store_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hotline-knowledge-schema-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "hotline.db")}";
        try
        {
            await using (var store = new OperationalDbContext(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(connection).Options))
            {
                await store.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            }
            await using var db = new KnowledgeDbContext(new DbContextOptionsBuilder<KnowledgeDbContext>().UseSqlite(connection).Options);
            Assert.False(await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken));

            await KnowledgeStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
            await KnowledgeStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);

            Assert.Equal(["enterprises", "faq", "policies", "routes", "scripts"], await db.Libraries.Select(l => l.Id).OrderBy(i => i).ToListAsync(TestContext.Current.CancellationToken));
            Assert.Equal(KnowledgeDefaults.Codes().Count, await db.Codes.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
            Assert.True(await db.SipAccountsTableExistsAsync());
        }
        finally
        {
            using (var pooled = new SqliteConnection(connection))
            {
                SqliteConnection.ClearPool(pooled);
            }
            Directory.Delete(folder, recursive: true);
        }
    }
}

internal static class KnowledgeDbContextTestExtensions
{
    /// <summary>Whether the store's own sip_accounts table is still there (the knowledge step must not replace the database).</summary>
    public static async Task<bool> SipAccountsTableExistsAsync(this KnowledgeDbContext db) =>
        await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sip_accounts'").SingleAsync() == 1;
}
