using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The knowledge test cluster on a fresh PostgreSQL database (HOTLINE_TEST_POSTGRES, see scripts/postgres.sh), dropped afterwards.</summary>
public sealed class PostgresKnowledgeClusterFixture : KnowledgeClusterFixture
{
    private readonly PostgresDatabase _database = new();

    protected override bool OnPostgres => true;

    protected override async ValueTask<string> CreateStoreAsync()
    {
        await _database.InitializeAsync();
        return _database.Store.ConnectionString;
    }

    protected override ValueTask DropStoreAsync() => _database.DisposeAsync();
}
