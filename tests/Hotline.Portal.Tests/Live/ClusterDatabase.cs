using Npgsql;

namespace Hotline.Portal.Tests.Live;

/// <summary>A fresh database on the PostgreSQL server the test command starts (HOTLINE_TEST_POSTGRES), one per test class, dropped afterwards.</summary>
public sealed class ClusterDatabase : IAsyncLifetime
{
    private string _server = "";
    private string _name = "";

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("HOTLINE_TEST_POSTGRES") ?? "";
        Assert.False(string.IsNullOrEmpty(_server),
            "HOTLINE_TEST_POSTGRES is not set: run the suite with ./hotline test, which starts PostgreSQL on loopback");
        _name = "hotline_live_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_name.Length > 0)
        {
            await using (var pooled = new NpgsqlConnection(ConnectionString))
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
