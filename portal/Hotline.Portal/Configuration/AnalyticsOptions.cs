namespace Hotline.Portal.Configuration;

/// <summary>Settings of the analytics store (<c>Hotline:Analytics</c>).</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The value that selects the in-process ClickHouse engine (chDB).</summary>
    public const string Embedded = "embedded";

    /// <summary>The value that selects a ClickHouse server or cluster.</summary>
    public const string Server = "server";

    /// <summary><c>embedded</c> (chDB in this process) or <c>server</c> (ClickHouse through ClickHouse.Driver).</summary>
    public string Engine { get; set; } = Embedded;

    /// <summary>Path of libchdb.so; empty means search the set-up cache (<c>.cache/chdb</c>).</summary>
    public string? Library { get; set; }

    /// <summary>Connection string of the ClickHouse server when <see cref="Engine"/> is <c>server</c>.</summary>
    public string? ConnectionString { get; set; }
}
