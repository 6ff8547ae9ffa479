using System.Globalization;
using ClickHouse.Driver;
using ClickHouse.Driver.ADO;

namespace Hotline.Analytics.Engines.Server;

/// <summary>A ClickHouse server or cluster reached over HTTP through the official ClickHouse.Driver.</summary>
/// <remarks>
/// Runs the same SQL as the embedded engine. Query parameters travel as param_* URL settings in the text form of
/// <see cref="QueryParameterText"/>; inserts stream their encoded rows as the request body.
/// </remarks>
public sealed class ClickHouseServerEngine : IAnalyticsEngine
{
    private readonly ClickHouseClient _client;

    /// <summary>An engine over a client the caller configured (tests pass one with their own HttpClient).</summary>
    public ClickHouseServerEngine(ClickHouseClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        var settings = client.Settings;
        Description = $"clickhouse {settings.Protocol}://{settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>e.g. "clickhouse http://10.0.0.5:8123" (no credentials).</summary>
    public string Description { get; }

    /// <summary>Connects to the server in <see cref="AnalyticsEngineOptions.ConnectionString"/>; optionally over a given HttpClient.</summary>
    public static ClickHouseServerEngine Create(AnalyticsEngineOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new AnalyticsEngineException($"{AnalyticsEngineOptions.SectionName}:ConnectionString is empty; the server engine needs e.g. \"Host=clickhouse;Port=8123;Username=hotline;Password=…\".");
        try
        {
            return new ClickHouseServerEngine(httpClient is null ? new ClickHouseClient(options.ConnectionString) : new ClickHouseClient(options.ConnectionString, httpClient));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new AnalyticsEngineException($"{AnalyticsEngineOptions.SectionName}:ConnectionString is not a valid ClickHouse connection string: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        await CallAsync(sql, () => _client.ExecuteNonQueryAsync(sql, null, null, cancellationToken));
    }

    /// <inheritdoc />
    public Task<AnalyticsResult> QueryAsync(string sql, string format = "JSONEachRow", CancellationToken cancellationToken = default) =>
        RunQueryAsync(sql, format, null, cancellationToken);

    /// <inheritdoc />
    public Task<AnalyticsResult> QueryAsync(string sql, IReadOnlyDictionary<string, string> parameters, string format = "JSONEachRow", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return RunQueryAsync(sql, format, new QueryOptions { CustomSettings = ServerStatement.ParameterSettings(parameters) }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task InsertAsync(AnalyticsInsert insert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(insert);
        insert.Validate();
        var options = new QueryOptions { CustomSettings = new Dictionary<string, object>(StringComparer.Ordinal) };
        if (insert.DeduplicationToken is { } token)
            options.CustomSettings["insert_deduplication_token"] = token;

        var sql = $"INSERT INTO {insert.Table} {insert.ColumnList} FORMAT {insert.Format}";
        await CallAsync(sql, async () =>
        {
            using var body = new MemoryStream(insert.Data.ToArray(), writable: false);
            using var response = await _client.InsertRawStreamAsync(insert.Table, body, insert.Format, insert.Columns, false, options, cancellationToken);
            await ThrowIfFailedAsync(response, sql, cancellationToken);
            return 0;
        });
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<AnalyticsResult> RunQueryAsync(string sql, string format, QueryOptions? options, CancellationToken cancellationToken)
    {
        var statement = ServerStatement.WithFormat(sql, format);
        return await CallAsync(statement, async () =>
        {
            using var raw = await _client.ExecuteRawResultAsync(statement, options, cancellationToken);
            var data = await raw.ReadAsByteArrayAsync();
            return new AnalyticsResult(data, 0, TimeSpan.Zero);
        });
    }

    /// <summary>Turns the driver's and the network's failures into engine errors that carry the statement.</summary>
    private static async Task<T> CallAsync<T>(string sql, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ClickHouseServerException ex)
        {
            throw new AnalyticsEngineException($"{ex.Message.TrimEnd()}{Environment.NewLine}SQL: {Excerpt(sql)}", sql);
        }
        catch (HttpRequestException ex)
        {
            throw new AnalyticsEngineException($"The ClickHouse server could not be reached: {ex.Message}{Environment.NewLine}SQL: {Excerpt(sql)}", ex);
        }
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, string sql, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new AnalyticsEngineException(
            $"ClickHouse answered {(int)response.StatusCode} {response.StatusCode}: {text.TrimEnd()}{Environment.NewLine}SQL: {Excerpt(sql)}", sql);
    }

    private static string Excerpt(string sql) => sql.Length <= 400 ? sql : string.Concat(sql.AsSpan(0, 400), "…");
}
