namespace Hotline.Portal.Configuration;

/// <summary>Settings of the operational store (<c>Hotline:Store</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The value that selects a SQLite file under the data folder.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The value that selects PostgreSQL.</summary>
    public const string Postgres = "postgres";

    /// <summary>
    /// <c>sqlite</c> (a file under the data folder; the silo runs alone on localhost) or <c>postgres</c> (also holds the
    /// Orleans cluster membership, so several Hotline processes with the same <c>Hotline:Silo:ClusterId</c> form one cluster).
    /// Grain state (agent and queue configuration) is kept in the same database either way.
    /// </summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Connection string; required for PostgreSQL, optional for SQLite (defaults to <c>&lt;DataDir&gt;/hotline.db</c>).</summary>
    public string? ConnectionString { get; set; }
}
