using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Server;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;

namespace Hotline.Analytics.Tests.Engines.Server;

/// <summary>
/// The server engine end to end through the real ClickHouse.Driver, against <see cref="ClickHouseHttpFacade"/> (ClickHouse's HTTP
/// interface served by the in-process engine): the same migrations, ingestion and analyses as the embedded engine.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ServerEngineOverHttpTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private ClickHouseHttpFacade? _facade;
    private ClickHouseServerEngine? _engine;

    private ClickHouseHttpFacade Facade => _facade!;

    private ClickHouseServerEngine Engine => _engine!;

    public ValueTask InitializeAsync()
    {
        _facade = new ClickHouseHttpFacade(fixture.Engine);
        _engine = ClickHouseServerEngine.Create(new AnalyticsEngineOptions { Engine = AnalyticsEngineOptions.ServerEngine, ConnectionString = _facade.ConnectionString });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Facade.DisposeAsync();
    }

    [Fact]
    public async Task Migrations_ingestion_with_deduplication_and_analyses_give_the_same_answers_as_in_process()
    {
        using var harness = await IngestionHarness.CreateAsync(Engine, "t_server_http");
        var calls = SampleEvents.Calls(81, 1_200, SampleEvents.Local(2026, 2, 1), 40);
        var tickets = SampleEvents.TicketsCreated(82, 300, SampleEvents.Local(2026, 2, 1), 40, "出租车司机绕路\n\n要求退款");
        await harness.AppendAsync([.. calls, .. tickets]);
        var faulty = new FaultyEngine(Engine) { Fault = (n, _) => n == 1 ? InsertFault.AnswerLost : InsertFault.None };

        await Assert.ThrowsAsync<AnalyticsEngineException>(() => harness.Consumer(faulty).DeliverOnceAsync(force: true, TestContext.Current.CancellationToken));
        await harness.Consumer(Engine).DrainAsync(TestContext.Current.CancellationToken);

        Assert.Contains(Facade.Statements, s => s.StartsWith("CREATE TABLE IF NOT EXISTS t_server_http.calls", StringComparison.Ordinal));
        Assert.Contains(Facade.Statements, s => s.StartsWith("INSERT INTO t_server_http.calls (event_id", StringComparison.Ordinal));
        Assert.Equal(calls.Count, await JsonRows.ScalarAsync(fixture.Engine, "SELECT count() FROM t_server_http.calls"));
        Assert.Equal(tickets.Count, await JsonRows.ScalarAsync(fixture.Engine, "SELECT sum(created) FROM t_server_http.tickets_daily"));

        var overHttp = await new PeriodComparison(Engine, harness.Database).CompareAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Queue, PeriodUnit.Week, new DateOnly(2026, 2, 16), TestContext.Current.CancellationToken);
        var inProcess = await new PeriodComparison(fixture.Engine, harness.Database).CompareAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Queue, PeriodUnit.Week, new DateOnly(2026, 2, 16), TestContext.Current.CancellationToken);
        Assert.NotEmpty(overHttp);
        Assert.Equal(inProcess, overHttp);

        var topic = await new TopicAnalysis(Engine, harness.Database).FindAsync(new TopicQuery(["绕路"], new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 15)), TestContext.Current.CancellationToken);
        Assert.Equal(tickets.Count, topic.Tickets);
    }

    [Fact]
    public async Task An_engine_error_travels_back_through_the_driver_with_its_code()
    {
        var error = await Assert.ThrowsAsync<AnalyticsEngineException>(() => Engine.QueryAsync("SELECT nothing_here FROM system.one", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("UNKNOWN_IDENTIFIER", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing_here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task String_parameters_with_blank_lines_and_quotes_arrive_intact()
    {
        const string text = "第一行\n\n第三行 'quoted' \\ back";
        var result = await Engine.QueryAsync("SELECT {text:String} AS text, length({list:Array(String)}) AS n",
            new Dictionary<string, string> { ["text"] = QueryParameterText.Escape(text), ["list"] = QueryParameterText.Of(["a'b", "c"]) },
            "JSONEachRow", TestContext.Current.CancellationToken);

        var row = JsonRows.Parse(result).Single();
        Assert.Equal(text, row.GetProperty("text").GetString());
        Assert.Equal(2, JsonRows.Count(row, "n"));
    }
}
