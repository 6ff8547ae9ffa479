using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Tests.Engines.Server;

/// <summary>
/// A test stand-in for a ClickHouse server: serves the part of ClickHouse's HTTP interface that ClickHouse.Driver uses
/// (SQL in the body or the query string, param_* parameters, insert_deduplication_token, data in the body of an
/// INSERT … FORMAT) in front of the in-process engine, on a loopback port.
/// </summary>
/// <remarks>
/// No modern ClickHouse server can be installed on these machines, so the server engine is tested through this; production
/// runs against a real server or cluster. Errors come back as ClickHouse sends them: status 500 and "Code: N. DB::Exception: …".
/// </remarks>
internal sealed partial class ClickHouseHttpFacade : IAsyncDisposable
{
    private readonly IAnalyticsEngine _engine;
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public ClickHouseHttpFacade(IAnalyticsEngine engine)
    {
        _engine = engine;
        Port = LoopbackPorts.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>A connection string for ClickHouse.Driver pointing here.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=default;Password=";

    /// <summary>Every statement received, in order (inserts as their INSERT line).</summary>
    public List<string> Statements { get; } = [];

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var query = context.Request.QueryString;
            var body = await ReadBodyAsync(context.Request);
            var parameters = query.AllKeys.Where(k => k?.StartsWith("param_", StringComparison.Ordinal) == true)
                .ToDictionary(k => k![6..], k => query[k]!, StringComparer.Ordinal);
            byte[] output = [];
            if (query["query"] is { } statement && InsertWithData().Match(statement) is { Success: true } insert)
            {
                Statements.Add(statement);
                await _engine.InsertAsync(new AnalyticsInsert(insert.Groups["table"].Value, insert.Groups["columns"].Value.Split(", "),
                    insert.Groups["format"].Value, body, query["insert_deduplication_token"]));
            }
            else
            {
                var sql = (query["query"] ?? "") + Encoding.UTF8.GetString(body);
                Statements.Add(sql);
                var withFormat = TrailingFormat().Match(sql);
                var text = withFormat.Success ? sql[..withFormat.Index] : sql;
                var format = withFormat.Success ? withFormat.Groups["format"].Value : "Null";
                output = parameters.Count > 0
                    ? (await _engine.QueryAsync(text, parameters, format)).Data.ToArray()
                    : (await _engine.QueryAsync(text, format)).Data.ToArray();
            }

            response.StatusCode = 200;
            response.Headers["X-ClickHouse-Summary"] = "{\"read_rows\":\"0\",\"read_bytes\":\"0\",\"written_rows\":\"0\",\"written_bytes\":\"0\",\"total_rows_to_read\":\"0\",\"result_rows\":\"0\",\"result_bytes\":\"0\",\"elapsed_ns\":\"0\"}";
            // An explicit length: an empty chunked body confuses the driver's reuse of the connection.
            response.ContentLength64 = output.Length;
            await response.OutputStream.WriteAsync(output);
        }
        catch (AnalyticsEngineException ex)
        {
            // The engine's message already reads "Code: N. DB::Exception: …", as a server's would.
            response.StatusCode = 500;
            var code = ExceptionCode().Match(ex.Message);
            if (code.Success)
                response.Headers["X-ClickHouse-Exception-Code"] = code.Groups[1].Value;
            var message = Encoding.UTF8.GetBytes(ex.Message);
            response.ContentLength64 = message.Length;
            await response.OutputStream.WriteAsync(message);
        }
        finally
        {
            response.Close();
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpListenerRequest request)
    {
        Stream stream = request.InputStream;
        if (string.Equals(request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    [GeneratedRegex(@"^INSERT INTO (?<table>\S+) \((?<columns>[^)]*)\) FORMAT (?<format>\w+)$")]
    private static partial Regex InsertWithData();

    [GeneratedRegex(@"\s+FORMAT (?<format>\w+)\s*$")]
    private static partial Regex TrailingFormat();

    [GeneratedRegex(@"Code: (\d+)\.")]
    private static partial Regex ExceptionCode();
}
