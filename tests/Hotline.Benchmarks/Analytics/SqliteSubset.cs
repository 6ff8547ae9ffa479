using System.Globalization;
using System.Text;
using Hotline.Analytics.Engines.Embedded;
using Microsoft.Data.Sqlite;

namespace Hotline.Benchmarks.Analytics;

/// <summary>The same CDRs in SQLite (the operational store's default engine), copied from the analytics engine, with the same dashboard queries.</summary>
internal sealed class SqliteSubset : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteSubset(string path)
    {
        Path = path;
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
    }

    public string Path { get; }

    public long Rows { get; private set; }

    /// <summary>Creates the file and copies <paramref name="sourceTable"/> (streamed as TSV in arrival order) into it; stops early when <paramref name="budget"/> runs out.</summary>
    /// <remarks>In arrival order so that a copy cut short holds exactly the rows up to some instant, which the engine's side can match.</remarks>
    public static async Task<SqliteSubset> CopyAsync(EmbeddedClickHouseEngine engine, string sourceTable, string path, TimeSpan budget)
    {
        File.Delete(path);
        var subset = new SqliteSubset(path);
        await subset.ExecuteAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        await subset.ExecuteAsync("""
            CREATE TABLE calls (arrived_ms INTEGER NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL, queue TEXT NOT NULL, region TEXT NOT NULL,
                                is_answered INTEGER NOT NULL, is_abandoned INTEGER NOT NULL, wait_s REAL NOT NULL, handle_s REAL NOT NULL)
            """);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var insert = subset._connection.CreateCommand();
        insert.CommandText = "INSERT INTO calls VALUES ($a, $d, $h, $q, $r, $ans, $ab, $w, $hs)";
        var parameters = new[] { "$a", "$d", "$h", "$q", "$r", "$ans", "$ab", "$w", "$hs" }.Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        var transaction = subset._connection.BeginTransaction();
        insert.Transaction = transaction;
        var pending = new StringBuilder();
        await foreach (var chunk in engine.StreamAsync(
            $"SELECT toUnixTimestamp64Milli(arrived_at), toString(toDate(arrived_at)), toHour(arrived_at), queue, region, is_answered, is_abandoned, wait_s, "
            + $"talk_s + hold_s + wrap_s FROM {sourceTable} ORDER BY arrived_at", "TabSeparated"))
        {
            pending.Append(Encoding.UTF8.GetString(chunk.Span));
            var text = pending.ToString();
            var last = text.LastIndexOf('\n');
            foreach (var line in text[..(last + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = line.Split('\t');
                for (var i = 0; i < fields.Length; i++)
                    parameters[i].Value = fields[i];
                await insert.ExecuteNonQueryAsync();
                if (++subset.Rows % 200_000 == 0)
                {
                    await transaction.CommitAsync();
                    await transaction.DisposeAsync();
                    transaction = subset._connection.BeginTransaction();
                    insert.Transaction = transaction;
                }
            }

            pending.Clear().Append(text[(last + 1)..]);
            if (clock.Elapsed > budget)
                break;
        }

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        await subset.ExecuteAsync("CREATE INDEX calls_arrived ON calls (arrived_ms)");
        return subset;
    }

    public async Task ExecuteAsync(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query and reads every row (so the timing includes producing the whole answer).</summary>
    public async Task<int> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
            rows++;
        return rows;
    }

    public async Task<long> QueryScalarAsync(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static long Milliseconds(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(Path);
    }
}
