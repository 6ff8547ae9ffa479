using System.Net;
using System.Net.Sockets;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Server;

namespace Hotline.Analytics.Tests.Engines.Server;

/// <summary>What the server engine sends over ClickHouse's HTTP interface through ClickHouse.Driver, checked at the wire.</summary>
/// <remarks>No ClickHouse server can be installed on these machines, so these tests stop at the HTTP request.</remarks>
[Trait("Category", "Unit")]
public sealed class ClickHouseServerEngineTests : IAsyncDisposable
{
    private readonly RecordingHandler _handler = new();
    private readonly ClickHouseServerEngine _engine;

    public ClickHouseServerEngineTests()
    {
        _engine = ClickHouseServerEngine.Create(
            new AnalyticsEngineOptions { ConnectionString = "Host=127.0.0.1;Port=18123;Username=hotline;Password=secret;Database=default" },
            new HttpClient(_handler));
    }

    public ValueTask DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public void The_description_names_the_server_without_credentials()
    {
        Assert.Equal("clickhouse http://127.0.0.1:18123", _engine.Description);
        Assert.DoesNotContain("secret", _engine.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_asks_for_the_requested_format_and_returns_the_body()
    {
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"n\":1}\n") };

        var result = await _engine.QueryAsync("SELECT 1 AS n;", "JSONEachRow", TestContext.Current.CancellationToken);

        Assert.Equal("{\"n\":1}\n", result.Text);
        var request = Assert.Single(_handler.Requests);
        Assert.Equal("SELECT 1 AS n\nFORMAT JSONEachRow", request.BodyText);
    }

    [Fact]
    public async Task Parameters_travel_as_param_settings_in_their_text_form_and_never_in_the_sql()
    {
        var parameters = new Dictionary<string, string>
        {
            ["keywords"] = QueryParameterText.Of(["绕路", "it's"]),
            ["from"] = QueryParameterText.Of(new DateOnly(2026, 3, 1)),
            ["note"] = QueryParameterText.Escape("a\n\nb"),
        };

        await _engine.QueryAsync("SELECT count() FROM t WHERE day >= {from:Date} AND hasAny(tags, {keywords:Array(String)})", parameters, "TabSeparated", TestContext.Current.CancellationToken);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal("['绕路','it\\'s']", request.Query["param_keywords"]);
        Assert.Equal("2026-03-01", request.Query["param_from"]);
        Assert.Equal("a\\n\\nb", request.Query["param_note"]);
        Assert.DoesNotContain("绕路", request.BodyText, StringComparison.Ordinal);
        Assert.EndsWith("FORMAT TabSeparated", request.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_insert_streams_the_encoded_rows_with_its_deduplication_token()
    {
        byte[] data = [2, 1, 1, (byte)'n', 6, (byte)'U', (byte)'I', (byte)'n', (byte)'t', (byte)'8', (byte)'8', 7];

        await _engine.InsertAsync(new AnalyticsInsert("hotline.calls", ["n", "m"], "Native", data, "claim-1:calls:202603"), TestContext.Current.CancellationToken);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal("INSERT INTO hotline.calls (n, m) FORMAT Native", request.Query["query"]);
        Assert.Equal("claim-1:calls:202603", request.Query["insert_deduplication_token"]);
        Assert.Equal(data, request.Body);
    }

    [Fact]
    public async Task An_insert_without_a_token_sends_no_token()
    {
        await _engine.InsertAsync(new AnalyticsInsert("hotline.calls", ["n"], "Native", new byte[] { 1 }, null), TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(_handler.Requests).Query["insert_deduplication_token"]);
    }

    [Theory]
    [InlineData("calls", "n", null)]
    [InlineData("hotline.calls; DROP TABLE x", "n", null)]
    [InlineData("hotline.calls", "n) SELECT 1 --", null)]
    [InlineData("hotline.calls", "n", "tok' OR 1")]
    public async Task Unsafe_names_and_tokens_are_refused_before_anything_is_sent(string table, string column, string? token)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _engine.InsertAsync(new AnalyticsInsert(table, [column], "Native", new byte[] { 1 }, token), TestContext.Current.CancellationToken));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_server_error_becomes_an_engine_error_with_the_servers_message_and_the_sql()
    {
        _handler.Respond = _ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("Code: 60. DB::Exception: Unknown table expression identifier 'nowhere'. (UNKNOWN_TABLE) (version 25.8.1.1)"),
            };
            response.Headers.Add("X-ClickHouse-Exception-Code", "60");
            return response;
        };

        var error = await Assert.ThrowsAsync<AnalyticsEngineException>(() => _engine.QueryAsync("SELECT * FROM nowhere", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("UNKNOWN_TABLE", error.Message, StringComparison.Ordinal);
        Assert.Contains("SELECT * FROM nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_insert_names_the_status_and_the_servers_message()
    {
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.InternalServerError)
        {
            Content = new StringContent("Code: 243. DB::Exception: Cannot reserve 1.00 MiB, not enough space. (NOT_ENOUGH_SPACE)"),
        };

        var error = await Assert.ThrowsAnyAsync<AnalyticsEngineException>(() =>
            _engine.InsertAsync(new AnalyticsInsert("hotline.calls", ["n"], "Native", new byte[] { 1 }, "t"), TestContext.Current.CancellationToken));

        Assert.Contains("NOT_ENOUGH_SPACE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_an_engine_error_naming_the_problem()
    {
        var port = LoopbackPorts.Next();
        await using var engine = ClickHouseServerEngine.Create(new AnalyticsEngineOptions { ConnectionString = $"Host=127.0.0.1;Port={port}" });

        var error = await Assert.ThrowsAsync<AnalyticsEngineException>(() => engine.ExecuteAsync("SELECT 1", TestContext.Current.CancellationToken));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.IsType<SocketException>(error.InnerException.InnerException);
    }

    [Fact]
    public void A_missing_connection_string_names_the_setting()
    {
        var error = Assert.Throws<AnalyticsEngineException>(() => ClickHouseServerEngine.Create(new AnalyticsEngineOptions()));

        Assert.Contains("Hotline:Analytics:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
