using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>The chDB C API (chdb.h) bound from a loaded libchdb.so through unmanaged function pointers.</summary>
/// <remarks>
/// Function pointers rather than [DllImport] so the library path can come from configuration without a
/// process-wide DllImportResolver. Every entry point keeps the GC transition: queries block for a long
/// time and the runtime must be able to suspend for a GC meanwhile. The library is never unloaded: the
/// engine's threads outlive any connection.
/// </remarks>
internal sealed unsafe class ChdbNative
{
    private static readonly ConcurrentDictionary<string, ChdbNative> s_loaded = new(StringComparer.Ordinal);

    private readonly delegate* unmanaged<int, byte**, nint> _connect;
    private readonly delegate* unmanaged<nint, void> _closeConnection;
    private readonly delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nint> _queryN;
    private readonly delegate* unmanaged<nint, byte*, nuint, byte*, nuint, byte**, nuint*, byte**, nuint*, nuint, nint> _queryWithParamsN;
    private readonly delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nint> _streamQueryN;
    private readonly delegate* unmanaged<nint, nint, nint> _streamFetchResult;
    private readonly delegate* unmanaged<nint, nint, void> _streamCancelQuery;
    private readonly delegate* unmanaged<nint, byte*> _resultBuffer;
    private readonly delegate* unmanaged<nint, nuint> _resultLength;
    private readonly delegate* unmanaged<nint, byte*> _resultError;
    private readonly delegate* unmanaged<nint, double> _resultElapsed;
    private readonly delegate* unmanaged<nint, ulong> _resultRowsRead;
    private readonly delegate* unmanaged<nint, void> _destroyQueryResult;

    private ChdbNative(string path, nint library)
    {
        LibraryPath = path;
        _connect = (delegate* unmanaged<int, byte**, nint>)Export(library, path, "chdb_connect");
        _closeConnection = (delegate* unmanaged<nint, void>)Export(library, path, "chdb_close_conn");
        _queryN = (delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nint>)Export(library, path, "chdb_query_n");
        _streamQueryN = (delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nint>)Export(library, path, "chdb_stream_query_n");
        _streamFetchResult = (delegate* unmanaged<nint, nint, nint>)Export(library, path, "chdb_stream_fetch_result");
        _streamCancelQuery = (delegate* unmanaged<nint, nint, void>)Export(library, path, "chdb_stream_cancel_query");
        _resultBuffer = (delegate* unmanaged<nint, byte*>)Export(library, path, "chdb_result_buffer");
        _resultLength = (delegate* unmanaged<nint, nuint>)Export(library, path, "chdb_result_length");
        _resultError = (delegate* unmanaged<nint, byte*>)Export(library, path, "chdb_result_error");
        _resultElapsed = (delegate* unmanaged<nint, double>)Export(library, path, "chdb_result_elapsed");
        _resultRowsRead = (delegate* unmanaged<nint, ulong>)Export(library, path, "chdb_result_rows_read");
        _destroyQueryResult = (delegate* unmanaged<nint, void>)Export(library, path, "chdb_destroy_query_result");

        // Parameter binding arrived in later chDB releases; older libraries still serve plain queries.
        if (NativeLibrary.TryGetExport(library, "chdb_query_with_params_n", out var withParams))
            _queryWithParamsN = (delegate* unmanaged<nint, byte*, nuint, byte*, nuint, byte**, nuint*, byte**, nuint*, nuint, nint>)withParams;
    }

    /// <summary>The file the functions were bound from.</summary>
    public string LibraryPath { get; }

    /// <summary>Loads the library once per path for the life of the process.</summary>
    public static ChdbNative Load(string path) =>
        s_loaded.GetOrAdd(Path.GetFullPath(path), static fullPath =>
        {
            nint library;
            try
            {
                library = NativeLibrary.Load(fullPath);
            }
            catch (Exception ex) when (ex is DllNotFoundException or BadImageFormatException)
            {
                throw new AnalyticsEngineException($"Cannot load the chDB library '{fullPath}': {ex.Message}", ex);
            }

            return new ChdbNative(fullPath, library);
        });

    /// <summary>chdb_connect: returns the connection slot (chdb_connection*), or 0 on failure.</summary>
    public nint Connect(IReadOnlyList<string> arguments)
    {
        var encoded = new byte[arguments.Count][];
        for (var i = 0; i < arguments.Count; i++)
            encoded[i] = NullTerminated(arguments[i]);

        var handles = new GCHandle[encoded.Length];
        try
        {
            var argv = stackalloc byte*[encoded.Length + 1];
            for (var i = 0; i < encoded.Length; i++)
            {
                handles[i] = GCHandle.Alloc(encoded[i], GCHandleType.Pinned);
                argv[i] = (byte*)handles[i].AddrOfPinnedObject();
            }

            argv[encoded.Length] = null;
            return _connect(encoded.Length, argv);
        }
        finally
        {
            foreach (var handle in handles)
            {
                if (handle.IsAllocated)
                    handle.Free();
            }
        }
    }

    /// <summary>chdb_close_conn on the slot chdb_connect returned.</summary>
    public void Close(nint connectionSlot) => _closeConnection(connectionSlot);

    /// <summary>chdb_query_n: a materialized query, binary-safe in both the SQL and the format.</summary>
    public nint Query(nint connection, ReadOnlySpan<byte> sql, ReadOnlySpan<byte> format)
    {
        fixed (byte* sqlPointer = sql)
        fixed (byte* formatPointer = format)
            return _queryN(connection, sqlPointer, (nuint)sql.Length, formatPointer, (nuint)format.Length);
    }

    /// <summary>chdb_query_with_params_n: {name:Type} placeholders bound by the engine, never spliced into the text.</summary>
    public nint QueryWithParameters(nint connection, ReadOnlySpan<byte> sql, ReadOnlySpan<byte> format, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (_queryWithParamsN == null)
            throw new AnalyticsEngineException($"The chDB library '{LibraryPath}' does not export chdb_query_with_params_n; update it with ./hotline setup.");

        var count = parameters.Count;
        var names = new byte[count][];
        var values = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            names[i] = NullTerminated(parameters[i].Key);
            values[i] = NullTerminated(parameters[i].Value);
        }

        var handles = new GCHandle[count * 2];
        try
        {
            var namePointers = stackalloc byte*[Math.Max(count, 1)];
            var valuePointers = stackalloc byte*[Math.Max(count, 1)];
            var nameLengths = stackalloc nuint[Math.Max(count, 1)];
            var valueLengths = stackalloc nuint[Math.Max(count, 1)];
            for (var i = 0; i < count; i++)
            {
                handles[2 * i] = GCHandle.Alloc(names[i], GCHandleType.Pinned);
                handles[(2 * i) + 1] = GCHandle.Alloc(values[i], GCHandleType.Pinned);
                namePointers[i] = (byte*)handles[2 * i].AddrOfPinnedObject();
                valuePointers[i] = (byte*)handles[(2 * i) + 1].AddrOfPinnedObject();
                nameLengths[i] = (nuint)(names[i].Length - 1);
                valueLengths[i] = (nuint)(values[i].Length - 1);
            }

            fixed (byte* sqlPointer = sql)
            fixed (byte* formatPointer = format)
            {
                return _queryWithParamsN(connection, sqlPointer, (nuint)sql.Length, formatPointer, (nuint)format.Length,
                    namePointers, nameLengths, valuePointers, valueLengths, (nuint)count);
            }
        }
        finally
        {
            foreach (var handle in handles)
            {
                if (handle.IsAllocated)
                    handle.Free();
            }
        }
    }

    /// <summary>chdb_stream_query_n: starts a streaming query; chunks come from <see cref="StreamFetch"/>.</summary>
    public nint StreamQuery(nint connection, ReadOnlySpan<byte> sql, ReadOnlySpan<byte> format)
    {
        fixed (byte* sqlPointer = sql)
        fixed (byte* formatPointer = format)
            return _streamQueryN(connection, sqlPointer, (nuint)sql.Length, formatPointer, (nuint)format.Length);
    }

    /// <summary>chdb_stream_fetch_result: the next chunk; an empty chunk ends the stream.</summary>
    public nint StreamFetch(nint connection, nint stream) => _streamFetchResult(connection, stream);

    /// <summary>chdb_stream_cancel_query: stops a stream early (the handle must still be destroyed).</summary>
    public void StreamCancel(nint connection, nint stream) => _streamCancelQuery(connection, stream);

    /// <summary>The error text of a result, or null when it succeeded.</summary>
    public string? ResultError(nint result)
    {
        var error = _resultError(result);
        return error == null ? null : Marshal.PtrToStringUTF8((nint)error);
    }

    /// <summary>The result bytes, valid until the result is destroyed.</summary>
    public ReadOnlySpan<byte> ResultBuffer(nint result)
    {
        var buffer = _resultBuffer(result);
        var length = _resultLength(result);
        if (buffer == null || length == 0)
            return [];
        if (length > int.MaxValue)
            throw new AnalyticsEngineException($"A chDB result of {length} bytes does not fit in one managed buffer; use streaming.");
        return new ReadOnlySpan<byte>(buffer, (int)length);
    }

    /// <summary>Seconds the engine spent on the query.</summary>
    public double ResultElapsedSeconds(nint result) => _resultElapsed(result);

    /// <summary>Rows in the result, as the engine counts them.</summary>
    public ulong ResultRowsRead(nint result) => _resultRowsRead(result);

    /// <summary>chdb_destroy_query_result; accepts 0.</summary>
    public void DestroyResult(nint result)
    {
        if (result != 0)
            _destroyQueryResult(result);
    }

    private static nint Export(nint library, string path, string name) =>
        NativeLibrary.TryGetExport(library, name, out var address)
            ? address
            : throw new AnalyticsEngineException($"The chDB library '{path}' does not export {name}; it is not the version ./hotline setup installs.");

    private static byte[] NullTerminated(string text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text) + 1];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
