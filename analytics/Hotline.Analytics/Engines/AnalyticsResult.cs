namespace Hotline.Analytics.Engines;

/// <summary>The raw output of one query and what the engine reports about it.</summary>
/// <param name="Data">The result bytes in the requested output format.</param>
/// <param name="RowsRead">Rows the engine read to answer (0 when the engine does not say).</param>
/// <param name="Elapsed">Time the engine spent on the query.</param>
public sealed record AnalyticsResult(ReadOnlyMemory<byte> Data, ulong RowsRead, TimeSpan Elapsed)
{
    /// <summary>The result decoded as UTF-8 text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Data.Span);
}
