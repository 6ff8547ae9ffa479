using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The ticket tables are added to a database that already has the older tables, and adding them again changes nothing.</summary>
[Trait("Category", "Integration")]
public sealed class TicketStoreSchemaTests
{
    [Fact]
    public async Task The_ticket_tables_are_created_in_an_existing_database_and_the_step_repeats_safely()
    {
        var path = Path.Combine(Path.GetTempPath(), "hotline-ticket-schema-" + Guid.NewGuid().ToString("N")[..12] + ".db");
        var connection = $"Data Source={path};Pooling=False";
        try
        {
            await using (var old = new SqliteConnection(connection))
            {
                await old.OpenAsync(TestContext.Current.CancellationToken);
                await using var create = old.CreateCommand();
                create.CommandText = "CREATE TABLE sip_accounts (Extension TEXT PRIMARY KEY); CREATE TABLE OrleansQuery (QueryKey TEXT PRIMARY KEY);";
                await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
            var options = new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(connection).Options;
            await using var db = new OperationalDbContext(options);
            Assert.False(await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken));

            await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
            await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);

            Assert.Equal(0, await db.Set<TicketRecord>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Set<TicketIdempotencyRecord>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Set<TicketHistoryRecord>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Set<TicketAttachmentRecord>().CountAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
