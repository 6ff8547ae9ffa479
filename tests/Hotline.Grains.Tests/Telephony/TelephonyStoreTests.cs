using Hotline.Grains.Store.Orleans;
using Hotline.Grains.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Hotline.Grains.Tests.Telephony;

/// <summary>The telephony registry on SQLite (the embedded default): a fresh store file per test.</summary>
[Trait("Category", "Integration")]
public sealed class TelephonyStoreTests : TelephonyStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hotline-telephony-store-").FullName;

    protected override Task<TestStore> FreshStoreAsync() =>
        Task.FromResult(new TestStore(OrleansDatabase.Sqlite, $"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N")[..8] + ".db")}"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
