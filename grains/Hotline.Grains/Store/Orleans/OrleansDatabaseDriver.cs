using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hotline.Grains.Store.Orleans;

/// <summary>The ADO.NET driver behind each <see cref="OrleansDatabase"/>, and the invariant name Orleans loads it by.</summary>
internal static class OrleansDatabaseDriver
{
    /// <summary>
    /// Orleans maps these invariants to the drivers itself (System.Data.SQLite → Microsoft.Data.Sqlite's SqliteFactory,
    /// Npgsql → NpgsqlFactory) by loading the assembly, so nothing is registered with DbProviderFactories.
    /// </summary>
    public static string Invariant(OrleansDatabase database) => database switch
    {
        OrleansDatabase.Sqlite => "System.Data.SQLite",
        OrleansDatabase.Postgres => "Npgsql",
        _ => throw new ArgumentOutOfRangeException(nameof(database), database, "unknown Orleans database"),
    };

    public static DbConnection CreateConnection(OrleansDatabase database, string connectionString) => database switch
    {
        OrleansDatabase.Sqlite => new SqliteConnection(connectionString),
        OrleansDatabase.Postgres => new NpgsqlConnection(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database, "unknown Orleans database"),
    };
}
