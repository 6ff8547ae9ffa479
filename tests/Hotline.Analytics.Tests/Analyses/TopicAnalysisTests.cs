using Hotline.Analytics.Analyses;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Integration")]
public sealed class TopicAnalysisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_topics";
    private static readonly DateOnly s_from = new(2026, 3, 1);
    private static readonly DateOnly s_to = new(2026, 3, 15);
    private static readonly string[] s_phrases = ["司机绕路多收费", "出租车拒载", "公交甩站", "咨询退票流程", "Taxi refused, ETC card"];

    private static readonly List<TicketEvent> s_created = Created();
    private static readonly List<TicketEvent> s_replies = [.. s_created.Where((_, i) => i % 4 == 0)
        .Select(t => SampleEvents.Next(t, TicketEventKind.Replied, "已答复", t.OccurredAt.AddDays(1)) with { Text = "经核实，驾驶员存在拒载行为" })];
    private static readonly List<CallDetailRecord> s_calls = SampleEvents.Calls(52, 300, SampleEvents.Local(2026, 2, 25), 25);
    private static readonly List<TranscriptSegment> s_segments = [.. s_calls.SelectMany((c, i) => new[]
    {
        SampleEvents.Segment(c, 0, "agent", "您好，12328交通运输服务监督热线"),
        SampleEvents.Segment(c, 1, "caller", s_phrases[i % s_phrases.Length] + "\n\n"),
    })];

    private TopicAnalysis Topics => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, [.. s_created, .. s_replies, .. s_calls, .. s_segments]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Any_keyword_finds_tickets_by_any_of_their_texts_and_calls_by_their_transcripts()
    {
        string[] keywords = ["拒载", "taxi"];
        var report = await Topics.FindAsync(new TopicQuery(keywords, s_from, s_to), TestContext.Current.CancellationToken);

        var tickets = MatchingTickets(text => keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));
        var calls = MatchingCalls(text => keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));
        Assert.True(tickets.Count > 10 && calls.Count > 10, "the data must hold matches for the test to mean anything");
        Assert.Equal(tickets.Count, report.Tickets);
        Assert.Equal(calls.Count, report.Calls);
        Assert.Equal(Breakdown(tickets, t => t.CategoryPath[0]), report.TicketsByCategory);
        Assert.Equal(Breakdown(tickets, t => t.Region), report.TicketsByRegion);
        Assert.Equal(Breakdown(tickets.Where(t => t.Enterprise.Length > 0), t => t.Enterprise), report.TicketsByEnterprise);
        Assert.Equal(Breakdown(calls, c => c.Queue), report.CallsByQueue);
        var daily = tickets.Select(t => AnalyticsTime.LocalDay(t.OccurredAt)).Concat(calls.Select(c => AnalyticsTime.LocalDay(c.ArrivedAt))).Distinct().Order()
            .Select(d => new DayCount(d, tickets.Count(t => AnalyticsTime.LocalDay(t.OccurredAt) == d), calls.Count(c => AnalyticsTime.LocalDay(c.ArrivedAt) == d)));
        Assert.Equal(daily, report.Daily);
    }

    [Fact]
    public async Task All_keywords_may_be_met_across_a_tickets_steps()
    {
        string[] keywords = ["绕路", "驾驶员"];
        var report = await Topics.FindAsync(new TopicQuery(keywords, s_from, s_to, MatchAll: true), TestContext.Current.CancellationToken);

        var tickets = MatchingTickets(text => keywords.All(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));
        Assert.NotEmpty(tickets);
        Assert.Equal(tickets.Count, report.Tickets);
        Assert.Equal(0, report.Calls);
    }

    [Fact]
    public async Task A_topic_without_keywords_is_refused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Topics.FindAsync(new TopicQuery([" "], s_from, s_to), TestContext.Current.CancellationToken));

    private static List<TicketEvent> MatchingTickets(Func<string, bool> match)
    {
        var texts = s_created.Concat(s_replies).GroupBy(t => t.TicketNumber).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(t => t.Text)));
        return [.. s_created.Where(t => AnalyticsTime.LocalDay(t.OccurredAt) >= s_from && AnalyticsTime.LocalDay(t.OccurredAt) < s_to && match(texts[t.TicketNumber]))];
    }

    private static List<CallDetailRecord> MatchingCalls(Func<string, bool> match)
    {
        var texts = s_segments.GroupBy(s => s.CallId).ToDictionary(g => g.Key, g => string.Join("\n", g.OrderBy(s => s.Index).Select(s => s.Text)));
        return [.. s_calls.Where(c => AnalyticsTime.LocalDay(c.ArrivedAt) >= s_from && AnalyticsTime.LocalDay(c.ArrivedAt) < s_to && match(texts[c.CallId]))];
    }

    private static List<KeyCount> Breakdown<T>(IEnumerable<T> items, Func<T, string> key) =>
        [.. items.GroupBy(key).Select(g => new KeyCount(g.Key, g.Count())).OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal)];

    private static List<TicketEvent> Created()
    {
        var tickets = SampleEvents.TicketsCreated(51, 400, SampleEvents.Local(2026, 2, 25), 25);
        return [.. tickets.Select((t, i) => t with { Text = $"{s_phrases[i % s_phrases.Length]}，车牌{t.Plate}。\n\n市民要求处理。" })];
    }
}
