using Hotline.Analytics.Analyses;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

/// <summary>The review figures on the real chDB engine, checked against counting the generated events.</summary>
[Trait("Category", "Integration")]
public sealed class AgentReviewAnalysisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_agent_reviews";
    private static readonly DateTimeOffset s_from = SampleEvents.Local(2026, 10, 1);
    private static readonly DateTimeOffset s_to = SampleEvents.Local(2026, 10, 8);
    private static readonly List<CallDetailRecord> s_calls = SampleEvents.Calls(83, 2_000, SampleEvents.Local(2026, 9, 29), 12);
    private static readonly List<TicketEvent> s_created = SampleEvents.TicketsCreated(84, 300, SampleEvents.Local(2026, 9, 29), 12);

    // Every fifth ticket is urged, every seventh supervised, two days after it was created.
    private static readonly List<TicketEvent> s_late =
    [
        .. s_created.Where((_, i) => i % 5 == 0).Select(t => SampleEvents.Next(t, TicketEventKind.Urged, "处理中", t.OccurredAt.AddDays(2))),
        .. s_created.Where((_, i) => i % 7 == 0).Select(t => SampleEvents.Next(t, TicketEventKind.Supervised, "处理中", t.OccurredAt.AddDays(2))),
    ];

    private static readonly List<AgentStateInterval> s_states =
    [
        SampleEvents.AgentState("8001", "Ready", s_from.AddMinutes(-30), 3_600),
        SampleEvents.AgentState("8001", "NotReady", s_from.AddMinutes(30), 600) with { Reason = "午休" },
        SampleEvents.AgentState("8001", "Talking", s_to.AddMinutes(-1), 600),
        SampleEvents.AgentState("8001", "Ready", s_to.AddMinutes(10), 600),
        SampleEvents.AgentState("8002", "Ready", s_from.AddHours(1), 600),
    ];

    private AgentReviewAnalysis Analysis => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, [.. s_calls, .. s_created, .. s_late, .. s_states]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task State_intervals_overlapping_the_window_are_listed_in_order_with_their_reasons()
    {
        var states = await Analysis.StatesAsync("8001", s_from, s_to, TestContext.Current.CancellationToken);

        Assert.Equal(["Ready", "NotReady", "Talking"], states.Select(s => s.State));
        Assert.Equal("午休", states[1].Reason);
        Assert.Equal(s_from.AddMinutes(-30), states[0].StartedAt);
        Assert.Equal(s_to.AddMinutes(9), states[2].EndedAt);
    }

    [Fact]
    public async Task Service_level_share_matches_counting_the_answered_calls()
    {
        var rows = await Analysis.ServiceLevelAsync(s_from, s_to, 20, TestContext.Current.CancellationToken);

        var answered = s_calls.Where(c => c.AnsweredAt is not null && c.AgentId.Length > 0 && c.ArrivedAt >= s_from && c.ArrivedAt < s_to).ToList();
        Assert.Equal(answered.Select(c => c.AgentId).Distinct().Order(StringComparer.Ordinal), rows.Select(r => r.Agent));
        foreach (var row in rows)
        {
            var mine = answered.Where(c => c.AgentId == row.Agent).ToList();
            Assert.Equal((mine.Count, mine.Count(c => c.WaitSeconds <= 20)), ((int)row.Answered, (int)row.WithinTarget));
        }
    }

    [Fact]
    public async Task Ticket_timeliness_counts_created_tickets_later_urged_or_supervised()
    {
        var rows = await Analysis.TicketTimelinessAsync(s_from, s_to, s_to.AddDays(30), TestContext.Current.CancellationToken);

        var lateNumbers = s_late.Select(t => t.TicketNumber).ToHashSet();
        var created = s_created.Where(t => t.OccurredAt >= s_from && t.OccurredAt < s_to).ToList();
        Assert.Equal(created.Select(t => t.Actor).Distinct().Order(StringComparer.Ordinal), rows.Select(r => r.Agent));
        foreach (var row in rows)
        {
            var mine = created.Where(t => t.Actor == row.Agent).ToList();
            Assert.Equal((mine.Count, mine.Count(t => lateNumbers.Contains(t.TicketNumber))), ((int)row.Created, (int)row.Late));
        }

        // Urging after the cut-off does not count yet.
        var early = await Analysis.TicketTimelinessAsync(s_from, s_to, s_from, TestContext.Current.CancellationToken);
        Assert.All(early, r => Assert.Equal(0, r.Late));
    }
}
