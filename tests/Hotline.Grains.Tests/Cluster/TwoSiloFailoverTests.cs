using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Calls;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Cluster;

/// <summary>
/// Two silos clustered through PostgreSQL: when the silo hosting a queue stops, the queue starts again on the other
/// silo from its stored configuration, finds the agents that are still ready, and calls keep being routed; a call that
/// was waiting in the lost activation puts itself back and still reaches an agent.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TwoSiloFailoverTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Calls_are_still_routed_after_the_silo_hosting_the_queue_stops()
    {
        await using var a = await TestSilo.StartAsync(database.Store, clusterThroughStore: true);
        await using var b = await TestSilo.StartAsync(database.Store, clusterThroughStore: true);
        var management = b.Grains.GetGrain<IManagementGrain>(0);
        await AcdScenario.EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2,
            "both silos are active in one cluster", TimeSpan.FromSeconds(60));

        // The queue starts on A (configured through A); the agents start on B.
        var onA = new AcdScenario(a.Grains);
        var onB = onA.Through(b.Grains);
        await onA.QueueAsync("complaints", "complaints");
        var queue = b.Grains.GetGrain<IQueueGrain>(onB.Id("complaints"));
        var first = await onB.ReadyAgentAsync("8001", "complaints", 5);
        var second = await onB.ReadyAgentAsync("8002", "complaints", 5);
        // Agents of another queue on B: with a dozen of them, some grain directory entries surely lived on A.
        var bystanders = new List<IAgentGrain>();
        for (var extension = 8010; extension < 8022; extension++)
        {
            bystanders.Add(await onB.ReadyAgentAsync(extension.ToString(System.Globalization.CultureInfo.InvariantCulture), "enquiries", 5));
        }
        Assert.Equal(a.Address, await management.GetActivationAddress(queue, TestContext.Current.CancellationToken));
        Assert.Equal(b.Address, await management.GetActivationAddress(first, TestContext.Current.CancellationToken));

        await queue.EnqueueAsync(onB.Call("before"));
        await onB.RingsWithAsync(first, "before");

        await a.StopAsync();
        await AcdScenario.EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Keys.SequenceEqual([b.Address]),
            "B sees that A left", TimeSpan.FromSeconds(60));

        // Agents on B keep their presence although A held part of the grain directory.
        foreach (var bystander in bystanders)
        {
            Assert.Equal(AgentStatus.Ready, (await bystander.GetSnapshotAsync()).Status);
        }

        await queue.EnqueueAsync(onB.Call("after"));
        await onB.RingsWithAsync(second, "after");
        Assert.Equal(b.Address, await management.GetActivationAddress(queue, TestContext.Current.CancellationToken));

        // The first agent finishes its call and, ready again, is found by the queue's new activation.
        await first.CallAnsweredAsync(onB.Id("before"));
        await first.CallEndedAsync(onB.Id("before"));
        await queue.EnqueueAsync(onB.Call("later"));
        await onB.RingsWithAsync(first, "later");
    }

    [Fact]
    public async Task A_call_waiting_when_the_queue_silo_stops_still_reaches_an_agent()
    {
        await using var a = await TestSilo.StartAsync(database.Store, clusterThroughStore: true, clusterId: "hotline-requeue");
        await using var b = await TestSilo.StartAsync(database.Store, clusterThroughStore: true, clusterId: "hotline-requeue");
        var management = b.Grains.GetGrain<IManagementGrain>(0);
        await AcdScenario.EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2,
            "both silos are active in one cluster", TimeSpan.FromSeconds(60));

        // The queue lives on A; the agent, the call and the node on B. No agent is ready, so the call waits in A's activation.
        var onA = new AcdScenario(a.Grains);
        var onB = onA.Through(b.Grains);
        var queue = await onA.QueueAsync("waiting", "waiting");
        var agent = await onB.AgentAsync("8101", "waiting", 5);
        await agent.LoginAsync();
        var node = new RecordingTelephonyNode();
        var call = b.Grains.GetGrain<ICallGrain>(onB.Id("waiter"));
        await call.OfferedAsync(new IncomingCallInfo("13800138000", "12328", null, DateTimeOffset.UtcNow, b.Grains.CreateObjectReference<ITelephonyNode>(node)));
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Queue, Flow = CallFlows.Welcome, Queue = onB.Id("waiting") });
        Assert.Equal(CallPhase.Queued, (await call.GetSnapshotAsync()).Phase);
        Assert.Equal(1, (await queue.GetSnapshotAsync()).Waiting);
        Assert.Equal(a.Address, await management.GetActivationAddress(queue, TestContext.Current.CancellationToken));
        Assert.Equal(b.Address, await management.GetActivationAddress(call, TestContext.Current.CancellationToken));

        await a.StopAsync();
        await AcdScenario.EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Keys.SequenceEqual([b.Address]),
            "B sees that A left", TimeSpan.FromSeconds(60));
        await agent.SetReadyAsync();

        await onB.RingsWithAsync(agent, "waiter", TimeSpan.FromSeconds(30));
        Assert.True(node.Received($"ring {onB.Id("waiter")} {onB.Id("8101")}"), "the agent's phone is rung for the waiting call");
        Assert.Contains((await call.GetSnapshotAsync()).Transitions, t => t.Detail.Contains("queued again", StringComparison.Ordinal));
    }
}
