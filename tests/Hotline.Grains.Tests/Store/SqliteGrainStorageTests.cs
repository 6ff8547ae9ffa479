using Hotline.Grains.Store.Orleans;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Store;

/// <summary>The grain storage contract on a SQLite file in a temporary folder (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class SqliteGrainStorageTests(SqliteFile file) : GrainStorageContract, IClassFixture<SqliteFile>
{
    protected override TestStore Store => file.Store;

    [Fact]
    public async Task The_file_is_switched_to_write_ahead_logging()
    {
        await OrleansSchema.ApplyAsync(file.Store.Database, file.Store.ConnectionString, OrleansSchemaPart.Storage, TestContext.Current.CancellationToken);

        Assert.Equal("wal", await file.Store.ScalarAsync("PRAGMA journal_mode"));
    }
}
