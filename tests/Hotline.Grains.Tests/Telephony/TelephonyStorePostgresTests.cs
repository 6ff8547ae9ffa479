using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Telephony;

/// <summary>The telephony registry on the PostgreSQL operational store (scale-out): a fresh database per test.</summary>
[Trait("Category", "Integration")]
public sealed class TelephonyStorePostgresTests : TelephonyStoreContract, IAsyncDisposable
{
    private readonly List<PostgresDatabase> _databases = [];

    protected override async Task<TestStore> FreshStoreAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        _databases.Add(database);
        return database.Store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
            await database.DisposeAsync();
    }
}
