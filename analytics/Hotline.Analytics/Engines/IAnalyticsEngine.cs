namespace Hotline.Analytics.Engines;

/// <summary>A ClickHouse engine the platform talks SQL to: in-process (chDB) or a server.</summary>
public interface IAnalyticsEngine : IAsyncDisposable
{
    /// <summary>A short name for logs and health reports, e.g. "chdb 26.5.3" or "clickhouse http://…".</summary>
    string Description { get; }

    /// <summary>Runs a statement that returns no rows of interest (DDL, INSERT).</summary>
    Task ExecuteAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>Runs a query and returns its output in the given ClickHouse output format.</summary>
    Task<AnalyticsResult> QueryAsync(string sql, string format = "JSONEachRow", CancellationToken cancellationToken = default);

    /// <summary>Runs a query whose {name:Type} placeholders the engine binds from <paramref name="parameters"/>.</summary>
    /// <remarks>Values are in ClickHouse's text form (see <see cref="QueryParameterText"/>); they are never spliced into the SQL.</remarks>
    Task<AnalyticsResult> QueryAsync(string sql, IReadOnlyDictionary<string, string> parameters, string format = "JSONEachRow", CancellationToken cancellationToken = default);

    /// <summary>Inserts a block of rows already encoded in an input format, deduplicated by its token when it has one.</summary>
    Task InsertAsync(AnalyticsInsert insert, CancellationToken cancellationToken = default);
}
