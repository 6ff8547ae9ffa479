using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Queues;

/// <summary>
/// Queue snapshots carry the calls offered, answered and abandoned since the previous snapshot, so the snapshots of a
/// queue add up to its activity. On a real in-process cluster with a recording outbox.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueueSnapshotCountTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    private IReadOnlyList<QueueSnapshotTaken> SnapshotsOf(string queue) =>
        [.. fixture.Events.OfType<QueueSnapshotTaken>().Where(s => s.Queue == _acd.Id(queue))];

    [Fact]
    public async Task Snapshots_count_each_offered_answered_and_abandoned_call_once()
    {
        var queue = await _acd.QueueAsync("counts", "counts-skill", c => c with { SnapshotEvery = TimeSpan.FromMilliseconds(200) });
        var agent = await _acd.ReadyAgentAsync("8501", "counts-skill", 5);
        await _acd.QueueSeesReadyAsync("counts", 1);

        await queue.EnqueueAsync(_acd.Call("answered"));
        await _acd.RingsWithAsync(agent, "answered");
        await queue.AnsweredAsync(_acd.Id("answered"));
        // The only agent is taken: these two wait, and one caller gives up.
        await queue.EnqueueAsync(_acd.Call("abandoned"));
        await queue.EnqueueAsync(_acd.Call("waiting"));
        await queue.AbandonAsync(_acd.Id("abandoned"));

        // The still waiting call keeps snapshots coming; wait for one taken after all of the above.
        await AcdScenario.EventuallyAsync(
            () => Task.FromResult(SnapshotsOf("counts").Sum(s => s.Offered) >= 3 && SnapshotsOf("counts").Sum(s => s.Abandoned) >= 1),
            "the snapshots account for the three calls");
        var snapshots = SnapshotsOf("counts");

        Assert.Equal(3, snapshots.Sum(s => s.Offered));
        Assert.Equal(1, snapshots.Sum(s => s.Answered));
        Assert.Equal(1, snapshots.Sum(s => s.Abandoned));
        Assert.All(snapshots, s => Assert.Equal(QueueSnapshotTaken.CurrentVersion, s.SchemaVersion));
        Assert.Equal(2, QueueSnapshotTaken.CurrentVersion);
    }
}
