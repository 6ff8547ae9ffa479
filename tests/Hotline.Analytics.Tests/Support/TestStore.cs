using Hotline.Grains.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hotline.Analytics.Tests.Support;

/// <summary>A real operational store holding the outbox: a SQLite file, or a database of its own on the suite's PostgreSQL; removed with the test.</summary>
internal sealed class TestStore : IDbContextFactory<OperationalDbContext>, IDisposable
{
    /// <summary>The variable ./hotline test sets to the PostgreSQL it starts (scripts/postgres.sh).</summary>
    public const string PostgresVariable = "HOTLINE_TEST_POSTGRES";

    private readonly DbContextOptions<OperationalDbContext> _options;
    private readonly Action _remove;

    private TestStore(string path, DbContextOptions<OperationalDbContext> options, Action remove)
    {
        Path = path;
        _options = options;
        _remove = remove;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    /// <summary>The SQLite file, or the PostgreSQL database name.</summary>
    public string Path { get; }

    /// <summary>A new store file in the temp folder with the schema created.</summary>
    public static TestStore Create() => Open(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hotline-outbox-{Guid.NewGuid():N}.db"));

    /// <summary>The SQLite store in <paramref name="path"/>, schema created if it is new.</summary>
    public static TestStore Open(string path) => new(path,
        new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options,
        () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
                File.Delete(file);
        });

    /// <summary>A new database on the suite's PostgreSQL with the schema created.</summary>
    public static TestStore CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException($"{PostgresVariable} is not set: run the suite with ./hotline test, which starts PostgreSQL on loopback");
        var name = $"hotline_outbox_{Guid.NewGuid():N}";
        Admin(server, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        return new TestStore(name, new DbContextOptionsBuilder<OperationalDbContext>().UseNpgsql(connection).Options,
            () => Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }

    public OperationalDbContext CreateDbContext() => new(_options);

    public void Dispose() => _remove();

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
