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
}
