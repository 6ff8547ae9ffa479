using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Store;

/// <summary>Reminders in a SQLite file (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class SqliteReminderStoreTests(SqliteFile file) : ReminderStoreContract, IClassFixture<SqliteFile>
{
    protected override TestStore Store => file.Store;
}
