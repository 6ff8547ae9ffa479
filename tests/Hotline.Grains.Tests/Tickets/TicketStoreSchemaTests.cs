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

    [Fact]
    public async Task A_tickets_table_of_an_older_version_gets_the_new_columns_and_keeps_its_rows()
    {
        var path = Path.Combine(Path.GetTempPath(), "hotline-ticket-upgrade-" + Guid.NewGuid().ToString("N")[..12] + ".db");
        var connection = $"Data Source={path};Pooling=False";
        try
        {
            await using (var old = new SqliteConnection(connection))
            {
                await old.OpenAsync(TestContext.Current.CancellationToken);
                await using var create = old.CreateCommand();
                // The tickets table as the first ticket version created it, with one ticket in it.
                create.CommandText = """
                    CREATE TABLE "tickets" ("Id" INTEGER NOT NULL CONSTRAINT "PK_tickets" PRIMARY KEY AUTOINCREMENT, "Number" TEXT NOT NULL,
                      "Type" TEXT NOT NULL, "CategoryCode" TEXT NULL, "Channel" TEXT NOT NULL, "CitizenName" TEXT NULL, "CitizenPhone" TEXT NULL,
                      "CitizenEmail" TEXT NULL, "Enterprise" TEXT NULL, "VehiclePlate" TEXT NULL, "Route" TEXT NULL, "Location" TEXT NULL,
                      "Region" TEXT NULL, "Description" TEXT NOT NULL, "State" TEXT NOT NULL, "DeadlineUnixMs" INTEGER NOT NULL, "UnitId" TEXT NULL,
                      "MergedInto" TEXT NULL, "Reply" TEXT NULL, "ExternalReference" TEXT NULL, "CallId" TEXT NULL, "ResultCallbackUrl" TEXT NULL,
                      "CreatedAtUnixMs" INTEGER NOT NULL, "UpdatedAtUnixMs" INTEGER NOT NULL, "Version" INTEGER NOT NULL);
                    INSERT INTO "tickets" ("Number", "Type", "Channel", "Description", "State", "DeadlineUnixMs", "CreatedAtUnixMs", "UpdatedAtUnixMs", "Version")
                    VALUES ('12328-20261101-0000001', 'Complaint', 'Web', '旧工单', 'Handling', 1, 1, 1, 3);
                    CREATE TABLE "ticket_attachments" ("Id" INTEGER NOT NULL CONSTRAINT "PK_ticket_attachments" PRIMARY KEY AUTOINCREMENT,
                      "TicketNumber" TEXT NOT NULL, "FileName" TEXT NOT NULL, "ContentType" TEXT NOT NULL, "Size" INTEGER NOT NULL, "StoragePath" TEXT NOT NULL);
                    """;
                await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
            var options = new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(connection).Options;
            await using var db = new OperationalDbContext(options);

            await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
            await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);

            var ticket = await db.Set<TicketRecord>().SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(("旧工单", 0, false, null), (ticket.Description, ticket.UrgeCount, ticket.Major, ticket.UrgeDueAtUnixMs));
            Assert.Null(ticket.Handler);
            // 我的工单's index is built on the added column.
            var handlerIndexes = await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' AND sql LIKE '%\"Handler\"%'").SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, handlerIndexes);
            Assert.False(await db.Set<TicketAttachmentRecord>().AnyAsync(a => a.FromReply, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Seeding_adds_the_default_workflows_and_categories_once_and_leaves_edits_alone()
    {
        var path = Path.Combine(Path.GetTempPath(), "hotline-ticket-seed-" + Guid.NewGuid().ToString("N")[..12] + ".db");
        var options = new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        try
        {
            await using var db = new OperationalDbContext(options);
            await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);
            var categories = await db.Set<TicketCategoryRecord>().CountAsync(TestContext.Current.CancellationToken);
            var taxi = await db.Set<TicketCategoryRecord>().SingleAsync(c => c.Code == "urban.taxi", TestContext.Current.CancellationToken);
            taxi.Name = "巡游出租汽车";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            await TicketStoreSchema.EnsureAsync(db, TestContext.Current.CancellationToken);

            Assert.Equal(categories, await db.Set<TicketCategoryRecord>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(Enum.GetValues<Hotline.Grains.Abstractions.Tickets.TicketType>().Length, await db.Set<TicketWorkflowRecord>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal("巡游出租汽车", await db.Set<TicketCategoryRecord>().AsNoTracking().Where(c => c.Code == "urban.taxi").Select(c => c.Name).SingleAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
