using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Warnings;

namespace Hotline.Qa.Tests.Warnings;

/// <summary>Warnings read from the real embedded analytics engine (chDB): ticket rollups, sub-category parts and sample tickets.</summary>
[Trait("Category", "Integration")]
public sealed class AnalyticsWarningSourceTests : IAsyncLifetime
{
    private const string Database = "t_qa_warnings";
    private static readonly DateOnly First = new(2025, 11, 1);
    private static readonly DateOnly Spike = new(2026, 2, 10);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-warnings-").FullName;
    private EmbeddedClickHouseEngine? engine;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        engine = EmbeddedClickHouseEngine.Open(folder);
        await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync(cancellationToken: ct);
        await engine.InsertAsync(EventTables.TicketEvents.Encode(Database, Tickets(), null), ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (engine is not null)
            await engine.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Taxi tickets (绕路 and 拒载) and bus tickets every day, Poisson-like; on <see cref="Spike"/> sixty extra 绕路 tickets at one company.</summary>
    private static List<IDomainEvent> Tickets()
    {
        var random = new Random(5);
        var tickets = new List<IDomainEvent>();
        void Add(DateOnly day, string[] path, string enterprise, string text)
        {
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), China).AddSeconds(random.Next(36_000));
            tickets.Add(new TicketEvent
            {
                EventId = Guid.NewGuid(), TicketNumber = $"12328-{day:yyyyMMdd}-{tickets.Count:D6}", Sequence = 1, Kind = TicketEventKind.Created,
                OccurredAt = at, TicketCreatedAt = at, TicketType = "投诉举报", CategoryPath = path, Channel = "phone", Region = "玄武区",
                Industry = path[0], Enterprise = enterprise, State = "受理", Text = text,
            });
        }

        for (var day = First; day <= Spike; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            for (var i = random.Next(weekend ? 6 : 10, weekend ? 10 : 16); i > 0; i--)
                Add(day, ["出租汽车", "绕路"], "出租一公司", "司机绕路");
            for (var i = random.Next(weekend ? 3 : 5, weekend ? 6 : 9); i > 0; i--)
                Add(day, ["出租汽车", "拒载"], "出租二公司", "司机拒载");
            for (var i = random.Next(8, 14); i > 0; i--)
                Add(day, ["城市公交", "晚点"], "公交集团", "公交车晚点");
        }

        for (var i = 0; i < 60; i++)
            Add(Spike, ["出租汽车", "绕路"], "出租一公司", $"机场到市区绕路多收费，第{i}起");
        return tickets;
    }

    [Fact]
    public async Task A_spike_in_the_rollups_is_found_explained_by_its_sub_category_and_sampled()
    {
        var ct = TestContext.Current.CancellationToken;
        var source = new AnalyticsWarningSource(engine!, Database);
        var service = new WarningService(source, new WarningSettings());

        var alerts = await service.ScanAsync([new WarningScope(AnalyticsMeasure.Tickets, AnalyticsDimension.Category), new WarningScope(AnalyticsMeasure.Tickets, AnalyticsDimension.Enterprise)],
            Spike, Spike.AddDays(1), ct);

        var taxi = Assert.Single(alerts, a => a.Dimension == AnalyticsDimension.Category);
        Assert.Equal(("出租汽车", WarningDirection.Rise, Spike), (taxi.Key, taxi.Direction, taxi.Forecast.Day));
        Assert.Equal("绕路", taxi.Contributors[0].Key);
        Assert.Equal(5, taxi.Samples.Count);
        Assert.All(taxi.Samples, s => Assert.StartsWith("12328-20260210-", s.Number, StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.Dimension == AnalyticsDimension.Enterprise && a.Key == "出租一公司");
        Assert.DoesNotContain(alerts, a => a.Key is "城市公交" or "公交集团");
    }

    [Fact]
    public async Task Series_have_every_day_and_their_parts_add_up()
    {
        var source = new AnalyticsWarningSource(engine!, Database);

        var series = await source.SeriesAsync(AnalyticsMeasure.Tickets, AnalyticsDimension.Category, "出租汽车", First, Spike.AddDays(1), TestContext.Current.CancellationToken);
        var keys = await source.KeysAsync(AnalyticsMeasure.Tickets, AnalyticsDimension.Category, First, Spike.AddDays(1), 10, TestContext.Current.CancellationToken);

        Assert.Equal(Spike.DayNumber - First.DayNumber + 1, series.Values.Count);
        Assert.Equal(["拒载", "绕路"], series.Parts.Keys.Order(StringComparer.Ordinal));
        Assert.All(Enumerable.Range(0, series.Values.Count), i => Assert.Equal(series.Values[i], series.Parts.Values.Sum(p => p[i])));
        Assert.True(series.Values[^1] >= 60);
        Assert.Equal(2, keys.Count);
        Assert.Contains("城市公交", keys);
        Assert.Throws<ArgumentException>(() => source.SeriesAsync(AnalyticsMeasure.Calls, AnalyticsDimension.Enterprise, "x", First, Spike, TestContext.Current.CancellationToken).GetAwaiter().GetResult());
    }
}
