using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Store;

/// <summary>Reminders in PostgreSQL (scale-out), in a database of its own.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresReminderStoreTests(PostgresDatabase database) : ReminderStoreContract, IClassFixture<PostgresDatabase>
{
    protected override TestStore Store => database.Store;
}
