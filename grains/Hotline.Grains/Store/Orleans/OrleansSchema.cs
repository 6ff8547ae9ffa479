using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Hotline.Grains.Store.Orleans;

/// <summary>
/// The tables and queries Orleans' ADO.NET providers need (the packages ship none). The SQL is embedded from
/// Store/Orleans: <c>Common/OrleansQuery.sql</c>, then <c>{Database}/{Part}.sql</c> for the tables, then one file per
/// query in <c>{Database}/{Part}/</c> or <c>Common/{Part}/</c>, named after the key Orleans looks the query up by.
/// A query may say <c>{{Name}}</c> for the SQL of <c>Common/Fragments/Name.sql</c>, so a piece both databases or
/// several queries share (which row is the grain's) is written once. Everything is idempotent, so it runs at every
/// start and an upgrade replaces the stored queries.
/// </summary>
public static partial class OrleansSchema
{
    private const string ResourcePrefix = "orleans/";
    private const string Common = "Common";

    // Any number does, as long as every silo installing the schema at the same moment takes the same lock.
    private const string TakePostgresInstallLock = "SELECT pg_advisory_xact_lock(12328);";

    private static readonly Assembly Resources = typeof(OrleansSchema).Assembly;

    /// <summary>Embedded SQL by its path under Store/Orleans → manifest resource name.</summary>
    private static readonly Dictionary<string, string> Files = Resources.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), StringComparer.Ordinal);

    /// <summary>Creates the tables of <paramref name="part"/> if missing and (re)writes its queries, in one transaction.</summary>
    /// <exception cref="NotSupportedException">Clustering on SQLite: membership needs a server several silos reach.</exception>
    public static async Task ApplyAsync(OrleansDatabase database, string connectionString, OrleansSchemaPart part, CancellationToken cancellationToken)
    {
        if (database == OrleansDatabase.Sqlite && part == OrleansSchemaPart.Clustering)
        {
            throw new NotSupportedException("Orleans clustering needs PostgreSQL; SQLite serves a single silo with localhost clustering");
        }

        await using var connection = OrleansDatabaseDriver.CreateConnection(database, connectionString);
        await connection.OpenAsync(cancellationToken);
        if (database == OrleansDatabase.Sqlite)
        {
            // Write-ahead logging lets grain reads go on while another connection writes; it is a property of the
            // file, set outside a transaction.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database == OrleansDatabase.Postgres)
        {
            // Concurrent CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL: silos starting together take turns.
            await ExecuteAsync(connection, transaction, TakePostgresInstallLock, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, Read($"{Common}/OrleansQuery.sql"), cancellationToken);
        await ExecuteAsync(connection, transaction, Read($"{database}/{part}.sql"), cancellationToken);
        foreach (var (key, text) in Queries(database, part))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES (@key, @text) " +
                                  "ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText";
            AddParameter(command, "key", key);
            AddParameter(command, "text", text);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The queries of one part, by the key Orleans reads them under; the database's own file wins over Common's.</summary>
    public static IReadOnlyDictionary<string, string> Queries(OrleansDatabase database, OrleansSchemaPart part)
    {
        var queries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { $"{Common}/{part}/", $"{database}/{part}/" })
        {
            foreach (var name in Files.Keys.Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
            {
                queries[Path.GetFileNameWithoutExtension(name)] = Expand(Read(name), name);
            }
        }

        return queries;
    }

    /// <summary>Replaces every <c>{{Name}}</c> with its fragment, fragments within fragments included.</summary>
    private static string Expand(string sql, string file)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            if (!Fragment().IsMatch(sql))
            {
                return sql;
            }

            sql = Fragment().Replace(sql, match => Files.ContainsKey($"{Common}/Fragments/{match.Groups[1].Value}.sql")
                ? Read($"{Common}/Fragments/{match.Groups[1].Value}.sql").TrimEnd()
                : throw new InvalidOperationException($"{file} uses fragment {match.Value}, but Store/Orleans/{Common}/Fragments/{match.Groups[1].Value}.sql does not exist"));
        }

        throw new InvalidOperationException($"{file}: fragments nest deeper than 8 (a fragment includes itself?)");
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Fragment();

    private static string Read(string name)
    {
        if (!Files.TryGetValue(name, out var resource))
        {
            throw new InvalidOperationException($"embedded Orleans SQL '{name}' is missing from {Resources.GetName().Name}");
        }

        using var stream = Resources.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
