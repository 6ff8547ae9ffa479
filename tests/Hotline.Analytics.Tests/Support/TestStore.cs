using Hotline.Grains.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Analytics.Tests.Support;

/// <summary>A real operational store (SQLite file) holding the outbox, deleted with the test.</summary>
internal sealed class TestStore : IDbContextFactory<OperationalDbContext>, IDisposable
{
    private readonly DbContextOptions<OperationalDbContext> _options;

    private TestStore(string path)
    {
        Path = path;
        _options = new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
    }

    public string Path { get; }

    /// <summary>A new store file in the temp folder with the schema created.</summary>
    public static TestStore Create() => Open(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hotline-outbox-{Guid.NewGuid():N}.db"));

    /// <summary>The store in <paramref name="path"/>, schema created if it is new.</summary>
    public static TestStore Open(string path)
    {
        var store = new TestStore(path);
        using var db = store.CreateDbContext();
        db.Database.EnsureCreated();
        return store;
    }

    public OperationalDbContext CreateDbContext() => new(_options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
            File.Delete(file);
    }
}
