using System.Data.Common;
using Hotline.Grains.Store.Orleans;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hotline.Grains.Tests.Support;

/// <summary>A database a test silo keeps its grain state (and, on PostgreSQL, its membership) in.</summary>
public sealed record TestStore(OrleansDatabase Database, string ConnectionString)
{
    /// <summary>An open connection, for tests that look at the tables themselves.</summary>
    public async Task<DbConnection> ConnectAsync()
    {
        DbConnection connection = Database == OrleansDatabase.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
