using System.Diagnostics;
using System.Text;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>One native chDB connection over a data folder: opens it safely, runs statements synchronously, copies results out.</summary>
/// <remarks>Not thread-safe: the engine runs one statement at a time, and the caller serializes.</remarks>
internal sealed unsafe class ChdbConnection : IDisposable
{
    private const int SqlExcerptLength = 400;

    private readonly ChdbNative _native;
    private nint _slot;
    private readonly nint _connection;

    private ChdbConnection(ChdbNative native, nint slot, string folder, TimeSpan connectTime, IReadOnlyList<int> restoredSignals)
    {
        _native = native;
        _slot = slot;
        _connection = *(nint*)slot;
        Folder = folder;
        ConnectTime = connectTime;
        RestoredSignals = restoredSignals;
    }

    /// <summary>The engine's data folder (--path).</summary>
    public string Folder { get; }

    /// <summary>How long chdb_connect took.</summary>
    public TimeSpan ConnectTime { get; }

    /// <summary>The signals whose handlers chdb_connect replaced and this connection put back.</summary>
    public IReadOnlyList<int> RestoredSignals { get; }

    /// <summary>Connects to chDB over <paramref name="folder"/>, keeping the runtime's signal handlers.</summary>
    public static ChdbConnection Open(ChdbNative native, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AnalyticsEngineException($"Cannot create the analytics data folder '{folder}': {ex.Message}", ex);
        }

        var guard = SignalHandlerGuard.Capture();
        var stopwatch = Stopwatch.StartNew();
        nint slot;
        IReadOnlyList<int> restored;
        try
        {
            slot = native.Connect(["hotline", $"--path={folder}"]);
        }
        finally
        {
            restored = guard.RestoreChanged();
        }

        var connectTime = stopwatch.Elapsed;
        if (slot == 0 || *(nint*)slot == 0)
            throw ConnectFailure(folder);
        return new ChdbConnection(native, slot, folder, connectTime, restored);
    }

    /// <summary>Runs one statement and returns its output in <paramref name="format"/>.</summary>
    public AnalyticsResult Query(string sql, string format, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ObjectDisposedException.ThrowIf(_slot == 0, this);
        var sqlBytes = Encoding.UTF8.GetBytes(sql);
        var formatBytes = Encoding.UTF8.GetBytes(format);
        var result = parameters is { Count: > 0 }
            ? _native.QueryWithParameters(_connection, sqlBytes, formatBytes, [.. parameters])
            : _native.Query(_connection, sqlBytes, formatBytes);
        try
        {
            ThrowIfFailed(result, sql);
            return new AnalyticsResult(
                _native.ResultBuffer(result).ToArray(),
                _native.ResultRowsRead(result),
                TimeSpan.FromSeconds(_native.ResultElapsedSeconds(result)));
        }
        finally
        {
            _native.DestroyResult(result);
        }
    }

    /// <summary>Starts a streaming query; the connection runs nothing else until the stream is disposed.</summary>
    public ChdbStream StartStream(string sql, string format)
    {
        ObjectDisposedException.ThrowIf(_slot == 0, this);
        var stream = _native.StreamQuery(_connection, Encoding.UTF8.GetBytes(sql), Encoding.UTF8.GetBytes(format));
        try
        {
            ThrowIfFailed(stream, sql);
        }
        catch
        {
            _native.DestroyResult(stream);
            throw;
        }

        return new ChdbStream(this, stream, sql);
    }

    /// <summary>Fetches the next chunk of a stream: null at its end.</summary>
    internal byte[]? FetchChunk(nint stream, string sql)
    {
        ObjectDisposedException.ThrowIf(_slot == 0, this);
        var chunk = _native.StreamFetch(_connection, stream);
        try
        {
            ThrowIfFailed(chunk, sql);
            var data = _native.ResultBuffer(chunk);
            return data.IsEmpty ? null : data.ToArray();
        }
        finally
        {
            _native.DestroyResult(chunk);
        }
    }

    /// <summary>Cancels an unfinished stream and releases its handle.</summary>
    internal void EndStream(nint stream, bool finished)
    {
        if (!finished && _slot != 0)
            _native.StreamCancel(_connection, stream);
        _native.DestroyResult(stream);
    }

    /// <summary>Closes the connection; closing the process's last connection shuts the engine down.</summary>
    public void Dispose()
    {
        if (_slot == 0)
            return;
        _native.Close(_slot);
        _slot = 0;
    }

    private void ThrowIfFailed(nint result, string sql)
    {
        if (result == 0)
            throw new AnalyticsEngineException($"chDB returned no result for: {Excerpt(sql)}", sql);
        if (_native.ResultError(result) is { } error)
            throw new AnalyticsEngineException($"{error.TrimEnd()}{Environment.NewLine}SQL: {Excerpt(sql)}", sql);
    }

    private static AnalyticsEngineException ConnectFailure(string folder)
    {
        if (DataFolderLock.IsHeldElsewhere(folder, out var holder))
        {
            var who = holder is { } pid ? $"process {pid}" : "another process";
            return new AnalyticsEngineException(
                $"The analytics data folder '{folder}' is in use by another Hotline process ({who} holds its lock; "
                + $"chDB: \"Cannot lock file {Path.Combine(folder, DataFolderLock.StatusFileName)}\"). "
                + "Stop that process, or give this one its own Hotline:DataDir.");
        }

        return new AnalyticsEngineException(
            $"chDB could not open the analytics data folder '{folder}'; the engine printed the reason on standard error.");
    }

    private static string Excerpt(string sql) =>
        sql.Length <= SqlExcerptLength ? sql : string.Concat(sql.AsSpan(0, SqlExcerptLength), "…");
}
