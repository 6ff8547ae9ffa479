using Hotline.Analytics.Analyses;
using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Analyses;

[Trait("Category", "Integration")]
public sealed class LiveKpisTests(EmbeddedEngineFixture fixture) : IAsyncLifetime
{
    private const string Database = "t_kpis";
    private static readonly DateTimeOffset s_from = SampleEvents.Local(2026, 3, 10);
    private static readonly DateTimeOffset s_to = SampleEvents.Local(2026, 3, 10, 15);
    private static readonly List<CallDetailRecord> s_calls = SampleEvents.Calls(71, 1_500, SampleEvents.Local(2026, 3, 9), 3);
    private static readonly List<QueueSnapshotTaken> s_snapshots =
    [
        SampleEvents.QueueSnapshot("complaints", s_to.AddMinutes(-10), 7),
        SampleEvents.QueueSnapshot("complaints", s_to.AddMinutes(-1), 4),
        SampleEvents.QueueSnapshot("complaints", s_to.AddMinutes(5), 99),
        SampleEvents.QueueSnapshot("enquiries", s_to.AddMinutes(-3), 2),
    ];

    private static readonly List<AgentStateInterval> s_states =
    [
        SampleEvents.AgentState("8001", "Ready", s_from.AddMinutes(-30), 3_600),
        SampleEvents.AgentState("8001", "Talking", s_from.AddMinutes(30), 600),
        SampleEvents.AgentState("8001", "WrapUp", s_from.AddMinutes(40), 120),
        SampleEvents.AgentState("8001", "NotReady", s_from.AddMinutes(42), 900),
        SampleEvents.AgentState("8002", "Talking", s_to.AddMinutes(-5), 600),
        SampleEvents.AgentState("8002", "Ready", s_to.AddMinutes(-65), 3_600),
    ];

    private LiveKpis Kpis => new(fixture.Engine, Database);

    public async ValueTask InitializeAsync() => await AnalyticsData.LoadAsync(fixture.Engine, Database, [.. s_calls, .. s_snapshots, .. s_states]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Queue_figures_match_counting_the_calls_in_the_window()
    {
        var queues = await Kpis.QueuesAsync(s_from, s_to, 20, TestContext.Current.CancellationToken);

        var window = s_calls.Where(c => c.Queue.Length > 0 && c.ArrivedAt >= s_from && c.ArrivedAt < s_to).ToList();
        Assert.Equal(window.Select(c => c.Queue).Distinct().Order(StringComparer.Ordinal), queues.Select(q => q.Queue));
        foreach (var queue in queues)
        {
            var calls = window.Where(c => c.Queue == queue.Queue).ToList();
            var answered = calls.Where(c => c.AnsweredAt is not null).ToList();
            var abandoned = calls.Count(c => c.EndCause == CallEndCause.Abandoned);
            Assert.Equal((calls.Count, answered.Count, abandoned), (queue.Offered, queue.Answered, queue.Abandoned));
            Assert.Equal(answered.Count(c => c.WaitSeconds <= 20) / (double)(answered.Count + abandoned), queue.ServiceLevel!.Value, 9);
            Assert.Equal(answered.Average(c => c.WaitSeconds), queue.AverageSpeedOfAnswer, 3);
            Assert.Equal(answered.Average(c => c.TalkSeconds + c.HoldSeconds + c.WrapUpSeconds), queue.AverageHandleTime, 2);
            Assert.Equal(abandoned / (double)calls.Count, queue.AbandonmentRate!.Value, 9);
        }

        Assert.Equal((4L, 40.0), queues.Where(q => q.Queue == "complaints").Select(q => (q.CallsWaiting, q.LongestWaitSeconds)).Single());
        Assert.Equal(2, queues.Single(q => q.Queue == "enquiries").CallsWaiting);
    }

    [Fact]
    public async Task Agent_occupancy_counts_only_the_parts_of_intervals_inside_the_window()
    {
        var agents = await Kpis.AgentsAsync(s_from, s_to, TestContext.Current.CancellationToken);

        var first = agents.Single(a => a.Agent == "8001");
        // Ready 30 of its 60 minutes fall inside; talking 10 and wrap-up 2 minutes; not ready does not count.
        Assert.Equal((12 * 60.0, (30 + 12) * 60.0), (first.BusySeconds, first.AvailableSeconds));
        Assert.Equal(12.0 / 42, first.Occupancy!.Value, 9);
        var second = agents.Single(a => a.Agent == "8002");
        Assert.Equal((5 * 60.0, 65 * 60.0), (second.BusySeconds, second.AvailableSeconds));

        foreach (var agent in agents)
        {
            var answered = s_calls.Where(c => c.AgentId == agent.Agent && c.AnsweredAt is not null && c.ArrivedAt >= s_from && c.ArrivedAt < s_to).ToList();
            Assert.Equal(answered.Count, agent.Answered);
            if (answered.Count > 0)
                Assert.Equal(answered.Average(c => c.TalkSeconds + c.HoldSeconds + c.WrapUpSeconds), agent.AverageHandleTime, 2);
        }
    }

    [Fact]
    public async Task An_empty_window_is_refused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Kpis.QueuesAsync(s_to, s_from, cancellationToken: TestContext.Current.CancellationToken));
}
