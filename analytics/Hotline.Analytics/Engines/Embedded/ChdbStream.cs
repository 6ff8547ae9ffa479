namespace Hotline.Analytics.Engines.Embedded;

/// <summary>A running streaming query: chunks in order until the end, cancelled if disposed early.</summary>
internal sealed class ChdbStream : IDisposable
{
    private readonly ChdbConnection _connection;
    private readonly string _sql;
    private nint _handle;
    private bool _finished;

    internal ChdbStream(ChdbConnection connection, nint handle, string sql)
    {
        _connection = connection;
        _handle = handle;
        _sql = sql;
    }

    /// <summary>The next chunk of output, or null once the query has delivered everything.</summary>
    public byte[]? Next()
    {
        ObjectDisposedException.ThrowIf(_handle == 0, this);
        if (_finished)
            return null;
        var chunk = _connection.FetchChunk(_handle, _sql);
        _finished = chunk == null;
        return chunk;
    }

    public void Dispose()
    {
        if (_handle == 0)
            return;
        _connection.EndStream(_handle, _finished);
        _handle = 0;
    }
}
