using System.Text;
using System.Text.Json;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;

namespace Hotline.Analytics.Tests.Engines.Embedded;

[Trait("Category", "Integration")]
public sealed class EmbeddedClickHouseEngineTests(EmbeddedEngineFixture fixture)
{
    private readonly EmbeddedClickHouseEngine _engine = fixture.Engine;

    [Fact]
    public void Description_names_the_engine_version_and_folder()
    {
        Assert.Matches(@"^\d+\.\d+", _engine.Version);
        Assert.Contains(_engine.Version, _engine.Description, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(fixture.DataDirectory, EmbeddedClickHouseEngine.FolderName), _engine.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_insert_select_gives_the_known_answers()
    {
        var database = await fixture.DatabaseAsync("known_answers");
        await _engine.ExecuteAsync($"DROP TABLE IF EXISTS {database}.calls", TestContext.Current.CancellationToken);
        await _engine.ExecuteAsync(
            $"CREATE TABLE {database}.calls (id UInt32, queue LowCardinality(String), seconds UInt32) ENGINE = MergeTree ORDER BY id",
            TestContext.Current.CancellationToken);

        var rows = Enumerable.Range(1, 500).Select(i => (Id: i, Queue: i % 3 == 0 ? "complaints" : "enquiries", Seconds: (i * 37) % 600)).ToList();
        var json = string.Join('\n', rows.Select(r => JsonSerializer.Serialize(new { id = r.Id, queue = r.Queue, seconds = r.Seconds })));
        await _engine.ExecuteAsync($"INSERT INTO {database}.calls FORMAT JSONEachRow\n{json}\n", TestContext.Current.CancellationToken);

        var result = await _engine.QueryAsync(
            $"SELECT queue, count() AS calls, sum(seconds) AS total, max(seconds) AS longest FROM {database}.calls GROUP BY queue ORDER BY queue",
            "JSONEachRow", TestContext.Current.CancellationToken);

        // JsonElement.ToString gives a number's text or a string's value, whichever way 64-bit integers are quoted.
        var expected = rows.GroupBy(r => r.Queue).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}|{g.Count()}|{g.Sum(r => r.Seconds)}|{g.Max(r => r.Seconds)}").ToList();
        var actual = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => $"{e.GetProperty("queue")}|{e.GetProperty("calls")}|{e.GetProperty("total")}|{e.GetProperty("longest")}")
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(2UL, result.RowsRead);
    }

    [Fact]
    public async Task An_engine_error_carries_the_engines_message_and_the_sql()
    {
        const string sql = "SELECT missing_column FROM system.one";

        var error = await Assert.ThrowsAsync<AnalyticsEngineException>(() => _engine.QueryAsync(sql, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("UNKNOWN_IDENTIFIER", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing_column", error.Message, StringComparison.Ordinal);
        Assert.Contains(sql, error.Message, StringComparison.Ordinal);
        Assert.Equal(sql, error.Sql);

        // The engine keeps serving after an error.
        Assert.Equal("1", (await _engine.QueryAsync("SELECT 1", "TabSeparated", TestContext.Current.CancellationToken)).Text.Trim());
    }

    [Fact]
    public async Task An_unknown_output_format_is_an_engine_error()
    {
        var error = await Assert.ThrowsAsync<AnalyticsEngineException>(() => _engine.QueryAsync("SELECT 1", "NoSuchFormat", TestContext.Current.CancellationToken));
        Assert.Contains("UNKNOWN_FORMAT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_with_blank_lines_survive_a_JSONEachRow_insert_exactly()
    {
        var database = await fixture.DatabaseAsync("blank_lines");
        await _engine.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {database}.notes (id UInt32, body String) ENGINE = MergeTree ORDER BY id", TestContext.Current.CancellationToken);
        await _engine.ExecuteAsync($"TRUNCATE TABLE {database}.notes", TestContext.Current.CancellationToken);
        string[] texts =
        [
            "a\n\nb",
            "\n\n",
            "ends with a blank line\n\n",
            "windows\r\n\r\nlines",
            "投诉：出租车绕路\n\n乘客要求退款",
            "tab\there, quote \" and backslash \\ and ' apostrophe",
        ];
        var json = string.Join('\n', texts.Select((text, i) => JsonSerializer.Serialize(new { id = i, body = text })));
        await _engine.ExecuteAsync($"INSERT INTO {database}.notes FORMAT JSONEachRow\n{json}\n", TestContext.Current.CancellationToken);

        var result = await _engine.QueryAsync($"SELECT body FROM {database}.notes ORDER BY id", "JSONEachRow", TestContext.Current.CancellationToken);

        var readBack = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("body").GetString())
            .ToArray();
        Assert.Equal(texts, readBack);
    }

    [Fact]
    public async Task Query_parameters_are_bound_by_the_engine()
    {
        const string text = "x\n\ny'\\ \t;DROP TABLE z";
        var parameters = new Dictionary<string, string> { ["text"] = QueryParameterText.Escape(text), ["n"] = "41" };

        var result = await _engine.QueryAsync("SELECT {text:String} AS text, {n:UInt32} + 1 AS n", parameters, "JSONEachRow", TestContext.Current.CancellationToken);

        var row = JsonDocument.Parse(result.Text).RootElement;
        Assert.Equal(text, row.GetProperty("text").GetString());
        Assert.Equal(42, row.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Many_parallel_queries_all_complete_with_their_own_answers()
    {
        var queries = Enumerable.Range(0, 200)
            .Select(i => Task.Run(async () =>
                (i, (await _engine.QueryAsync($"SELECT sum(number) FROM numbers({i * 100})", "TabSeparated", TestContext.Current.CancellationToken)).Text.Trim())))
            .ToArray();

        var answers = await Task.WhenAll(queries);

        foreach (var (i, text) in answers)
        {
            long n = i * 100;
            Assert.Equal((n * (n - 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        }
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_statement_that_has_not_started()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _engine.QueryAsync("SELECT 1", "TabSeparated", cancelled.Token));
    }

    [Fact]
    public async Task A_queued_statement_can_be_cancelled_while_another_runs()
    {
        var slow = _engine.QueryAsync("SELECT sleep(1), 'slow done'", "TabSeparated", TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();
        var queued = _engine.QueryAsync("SELECT 1", "TabSeparated", cancel.Token);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.Equal("0\tslow done", (await slow).Text.Trim());
    }

    [Fact]
    public async Task Streaming_delivers_every_row_in_chunks_and_an_abandoned_stream_is_cancelled()
    {
        var lines = 0L;
        var chunks = 0;
        await foreach (var chunk in _engine.StreamAsync("SELECT number FROM numbers(1000000)", "TabSeparated", TestContext.Current.CancellationToken))
        {
            chunks++;
            lines += chunk.Span.Count((byte)'\n');
        }

        Assert.Equal(1_000_000L, lines);
        Assert.True(chunks > 1, $"expected several chunks, got {chunks}");

        await foreach (var chunk in _engine.StreamAsync("SELECT number FROM numbers(100000000)", "TabSeparated", TestContext.Current.CancellationToken))
        {
            Assert.False(chunk.IsEmpty);
            break;
        }

        Assert.Equal("7", (await _engine.QueryAsync("SELECT 3 + 4", "TabSeparated", TestContext.Current.CancellationToken)).Text.Trim());
    }

    [Fact]
    public async Task Execute_discards_output()
    {
        await _engine.ExecuteAsync("SELECT number FROM numbers(10)", TestContext.Current.CancellationToken);
        var result = await _engine.QueryAsync("SELECT 'ok'", "TabSeparated", TestContext.Current.CancellationToken);
        Assert.Equal("ok", Encoding.UTF8.GetString(result.Data.Span).Trim());
    }

    [Fact]
    public void A_second_engine_in_the_same_process_is_refused_clearly()
    {
        var error = Assert.Throws<AnalyticsEngineException>(() => EmbeddedClickHouseEngine.Open(fixture.DataDirectory));
        Assert.Contains("already open in this process", error.Message, StringComparison.Ordinal);

        var other = Assert.Throws<AnalyticsEngineException>(() => EmbeddedClickHouseEngine.Open(Path.Combine(fixture.DataDirectory, "elsewhere")));
        Assert.Contains("one engine per process", other.Message, StringComparison.Ordinal);
    }
}
