namespace Hotline.Analytics.Engines;

/// <summary>A query or engine failure, carrying the engine's own message and the statement that failed.</summary>
public sealed class AnalyticsEngineException : Exception
{
    public AnalyticsEngineException() { }

    public AnalyticsEngineException(string message) : base(message) { }

    public AnalyticsEngineException(string message, Exception innerException) : base(message, innerException) { }

    public AnalyticsEngineException(string message, string? sql) : base(message) => Sql = sql;

    /// <summary>The statement that failed, when the failure belongs to one.</summary>
    public string? Sql { get; }
}
