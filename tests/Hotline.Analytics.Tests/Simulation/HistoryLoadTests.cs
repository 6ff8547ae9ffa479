using Hotline.Analytics.Analyses;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;

namespace Hotline.Analytics.Tests.Simulation;

/// <summary>Generated history in the real engine: the analyses see what the generator put in, and loading it twice changes nothing.</summary>
[Trait("Category", "Integration")]
public sealed class HistoryLoadTests(EmbeddedEngineFixture fixture)
{
    private const string Database = "t_history";
    private static readonly DateOnly s_today = new(2026, 6, 1);

    [Fact]
    public async Task The_incident_tops_the_hotspots_and_a_second_load_is_deduplicated()
    {
        var options = new HistoryOptions { Years = 1, CallsPerDay = 250, Seed = 3, IncidentDaysBeforeEnd = 20, End = s_today };
        await fixture.Engine.ExecuteAsync($"DROP DATABASE IF EXISTS {Database}", TestContext.Current.CancellationToken);
        await new SchemaMigrator(fixture.Engine, new SchemaRenderer(Database)).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        var generator = new HistoryGenerator(options);
        var days = generator.Days(s_today).Skip(365 - 90).ToList();

        var writer = new EventBatchWriter(fixture.Engine, Database, 20_000);
        foreach (var day in days)
            await writer.AddAsync(day, TestContext.Current.CancellationToken);
        await writer.FlushAsync(TestContext.Current.CancellationToken);
        var again = new EventBatchWriter(fixture.Engine, Database, 20_000);
        foreach (var day in days)
            await again.AddAsync(day, TestContext.Current.CancellationToken);
        await again.FlushAsync(TestContext.Current.CancellationToken);

        var calls = days.SelectMany(d => d).OfType<Grains.Abstractions.Events.CallDetailRecord>().Count();
        Assert.Equal(calls, await JsonRows.ScalarAsync(fixture.Engine, $"SELECT count() FROM {Database}.calls"));
        Assert.Equal(writer.Written, again.Written);

        var start = s_today.AddDays(-20);
        var report = await new HotspotAnalysis(fixture.Engine, Database).FindAsync(
            new HotspotQuery(AnalyticsDimension.Enterprise, start, start.AddDays(7)), TestContext.Current.CancellationToken);
        Assert.Equal(HistoryCatalog.IncidentEnterprise, report.Rising[0].Key);

        var topic = await new TopicAnalysis(fixture.Engine, Database).FindAsync(
            new TopicQuery(["京城出租"], start, start.AddDays(10)), TestContext.Current.CancellationToken);
        Assert.True(topic.Calls > 0 && topic.Tickets >= topic.Calls, $"tickets {topic.Tickets}, calls {topic.Calls}");
    }
}
