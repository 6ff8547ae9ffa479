using Hotline.Grains.Store.Orleans;
using Npgsql;

namespace Hotline.Grains.Tests.Support;

/// <summary>
/// A fresh database on the PostgreSQL server the test command starts (HOTLINE_TEST_POSTGRES, see scripts/postgres.sh),
/// one per test class; dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string _server = "";
    private string _name = "";

    public TestStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("HOTLINE_TEST_POSTGRES") ?? "";
        Assert.False(string.IsNullOrEmpty(_server),
            "HOTLINE_TEST_POSTGRES is not set: run the suite with ./hotline test, which starts PostgreSQL on loopback");
        _name = "hotline_grains_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE {_name}");
        Store = new TestStore(OrleansDatabase.Postgres, new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_name.Length > 0)
        {
            // The silos' pooled connections would otherwise hold the database; FORCE ends any still open.
            await using (var pooled = new NpgsqlConnection(Store.ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
