using Hotline.Grains.Store.Orleans;
using Microsoft.Data.Sqlite;

namespace Hotline.Grains.Tests.Support;

/// <summary>A SQLite store file in a fresh temporary folder, one per test class; the folder is removed afterwards.</summary>
public sealed class SqliteFile : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-grains-" + Guid.NewGuid().ToString("N")[..12]);

    public TestStore Store { get; private set; } = null!;

    public string FilePath => Path.Combine(_folder, "hotline.db");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Store = new TestStore(OrleansDatabase.Sqlite, $"Data Source={FilePath}");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before the folder goes.
        using (var pooled = new SqliteConnection(Store.ConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }

        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
