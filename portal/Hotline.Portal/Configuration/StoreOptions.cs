namespace Hotline.Portal.Configuration;

/// <summary>Settings of the operational store (<c>Hotline:Store</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The value that selects a SQLite file under the data folder.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The value that selects PostgreSQL.</summary>
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (a file under the data folder) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Connection string; required for PostgreSQL, optional for SQLite (defaults to <c>&lt;DataDir&gt;/hotline.db</c>).</summary>
    public string? ConnectionString { get; set; }
}
