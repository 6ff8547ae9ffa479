using Hotline.Analytics.Ingestion;

namespace Hotline.Analytics.Engines;

/// <summary>Settings under <c>Hotline:Analytics</c> that choose the analytics engine and locate it.</summary>
public sealed class AnalyticsEngineOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Hotline:Analytics";

    /// <summary>The value of <see cref="Engine"/> for the in-process engine (chDB).</summary>
    public const string EmbeddedEngine = "embedded";

    /// <summary>The value of <see cref="Engine"/> for a ClickHouse server or cluster.</summary>
    public const string ServerEngine = "server";

    /// <summary><c>Hotline:Analytics:Engine</c>: "embedded" (default) or "server".</summary>
    public string Engine { get; set; } = EmbeddedEngine;

    /// <summary><c>Hotline:Analytics:Library</c>: an explicit path to libchdb.so; unset means search (see ChdbLibraryLocator).</summary>
    public string? Library { get; set; }

    /// <summary><c>Hotline:Analytics:ConnectionString</c>: the ClickHouse server when <see cref="Engine"/> is "server".</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Hotline:Analytics:Database</c>: the database holding the analytics schema ("hotline").</summary>
    public string Database { get; set; } = "hotline";

    /// <summary><c>Hotline:Analytics:Cluster</c>: a ClickHouse cluster name; when set, DDL runs ON CLUSTER with Replicated and Distributed tables.</summary>
    public string? Cluster { get; set; }

    /// <summary><c>Hotline:Analytics:Ingestion</c>: how the outbox consumer batches.</summary>
    public OutboxIngestionOptions Ingestion { get; set; } = new();
}
