using System.Collections.Concurrent;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Calls;
using Hotline.Portal.Live;

namespace Hotline.Portal.Tests.Live;

/// <summary>
/// Two platform silos clustered through PostgreSQL, each with the portal's live view: a screen on silo A hears agents,
/// queues, calls and ticket alerts whose grains live on silo B; a lone silo makes no relay calls; a silo that leaves is forgotten.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LiveRelayClusterTests(ClusterDatabase database) : IClassFixture<ClusterDatabase>
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_hub_hears_agents_queues_calls_and_alerts_whose_grains_live_on_the_other_silo()
    {
        await using var a = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-hear");
        await using var b = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-hear");
        await BothJoinedAsync(a, b);
        var changes = new ConcurrentQueue<LiveChange>();
        a.Hub.Changed += changes.Enqueue;
        var run = Guid.NewGuid().ToString("N")[..8];
        var extension = $"8001-{run}";
        var queueName = $"complaints-{run}";

        // The queue and the agent are set up through B, so their grains live there and only B's grain call filter sees them.
        var queue = b.Grains.GetGrain<IQueueGrain>(queueName);
        await queue.ConfigureAsync(new QueueConfiguration { Name = queueName, Skill = queueName });
        Assert.Equal(b.Address, await ActivationOfAsync(b, queue));
        var agent = b.Grains.GetGrain<IAgentGrain>(extension);
        await agent.ConfigureAsync(new AgentProfile(extension, "坐席8001", [new AgentSkill(queueName, 5)], TimeSpan.Zero));
        await agent.LoginAsync();
        await agent.SetReadyAsync();
        Assert.Equal(b.Address, await ActivationOfAsync(b, agent));

        await HoldsAsync(() => changes.Contains(new LiveChange(LiveChangeKind.Agent, extension)), $"A's hub raises Changed for agent {extension}");
        await HoldsAsync(async () => (await a.Hub.AgentAsync(extension)).Status == AgentStatus.Ready, "A's hub reads the agent ready");

        // A call through B's telephony node: the queue's figures, the call and the screen pop reach A.
        var callId = $"call-{run}";
        var call = b.Grains.GetGrain<ICallGrain>(callId);
        var node = new RecordingTelephonyNode();
        await call.OfferedAsync(new IncomingCallInfo("13800138000", "12328", null, DateTimeOffset.UtcNow, b.Grains.CreateObjectReference<ITelephonyNode>(node)));
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Queue, Flow = CallFlows.Welcome, Queue = queueName, Path = ["1"] });

        await HoldsAsync(() => changes.Contains(new LiveChange(LiveChangeKind.Queue, queueName)), $"A's hub raises Changed for queue {queueName}");
        await HoldsAsync(() => a.Hub.QueueAt(queueName)?.Snapshot.Offered == 1, "A's hub reads the queue's offered call");
        await HoldsAsync(() => changes.Contains(new LiveChange(LiveChangeKind.ScreenPop, extension)), "A's hub pops the call on the agent's screen");
        var seen = a.Hub.Call(callId);
        Assert.NotNull(seen);
        Assert.Equal(("13800138000", "12328", extension, queueName), (seen.CallerNumber, seen.CalledNumber, seen.Agent, seen.Queue));
        Assert.Equal(["1"], seen.IvrPath);
        Assert.Equal(callId, a.Hub.CallOf(extension)?.CallId);

        // A ticket alert raised on B (where the ticket grain would run) reaches A's wallboard once, and is not sent back.
        var alerts = new ConcurrentQueue<TicketAlert>();
        a.Alerts.Raised += alerts.Enqueue;
        var alert = new TicketAlert($"12328-20261129-{run}", TicketAlertKind.Escalated, "已超期", "system", null, DateTimeOffset.UtcNow);
        await b.Alerts.NotifyAsync(alert, TestContext.Current.CancellationToken);
        await HoldsAsync(() => alerts.Contains(alert), "A's wallboard shows B's ticket alert");
        Assert.Equal(alert, a.Alerts.Recent()[0]);
        await Task.Delay(LiveRelayLink.Window * 5, TestContext.Current.CancellationToken);
        Assert.Single(b.Alerts.Recent(), x => x == alert);
        Assert.Single(alerts);
        // Logged (a warning) once, by the silo that raised it; nothing else of the live view complained on either silo.
        Assert.Empty(a.Problems);
        Assert.Equal($"Hotline.Portal.Live.LiveTicketAlerts: Ticket alert Escalated on {alert.TicketNumber}: 已超期", Assert.Single(b.Problems));
    }

    [Fact]
    public async Task A_lone_silo_makes_no_relay_calls_and_forgets_a_silo_that_left()
    {
        await using var a = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-leave");
        var run = Guid.NewGuid().ToString("N")[..8];
        var onA = a.Grains.GetGrain<IAgentGrain>($"8101-{run}");
        await onA.ConfigureAsync(new AgentProfile($"8101-{run}", "坐席8101", [new AgentSkill($"q-{run}", 5)], TimeSpan.Zero));
        await onA.LoginAsync();
        await onA.SetReadyAsync();
        await onA.SetNotReadyAsync(NotReadyReason.Break);
        await Task.Delay(LiveRelayLink.Window * 5, TestContext.Current.CancellationToken);
        Assert.Equal(0, a.Link.Published);
        Assert.False(a.Link.Relaying, "a lone silo does not join the relay");
        // The relay grain starts on A here (placement prefers the caller's silo); nobody joined it.
        var relay = a.Grains.GetGrain<ILiveRelayGrain>(0);
        Assert.Empty(await relay.MembersAsync());

        await using var b = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-leave");
        await BothJoinedAsync(a, b);
        var onB = b.Grains.GetGrain<IAgentGrain>($"8102-{run}");
        await onB.ConfigureAsync(new AgentProfile($"8102-{run}", "坐席8102", [new AgentSkill($"q-{run}", 5)], TimeSpan.Zero));
        await HoldsAsync(() => a.Inbox.Received > 0, "A receives B's change");
        await b.StopAsync();

        await HoldsAsync(async () => (await relay.MembersAsync()).SequenceEqual([a.Address]), "A's relay forgets B (well before its renewal would expire)", TimeSpan.FromSeconds(20));
        await HoldsAsync(() => !a.Link.Relaying, "A, alone again, stops relaying");
        var published = a.Link.Published;
        for (var i = 0; i < 10; i++)
        {
            await onA.SetReadyAsync();
            await onA.SetNotReadyAsync(NotReadyReason.Break);
            await Task.Delay(LiveRelayLink.Window * 2, TestContext.Current.CancellationToken);
        }

        Assert.Equal(published, a.Link.Published);
        Assert.Empty(a.Problems);
    }

    [Fact]
    public async Task When_the_silo_holding_the_relay_stops_the_others_rejoin_a_new_relay_and_still_hear_each_other()
    {
        // C starts alone and the relay grain starts there (placement prefers the caller's silo); then A and B join it.
        await using var c = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-restart");
        Assert.Empty(await c.Grains.GetGrain<ILiveRelayGrain>(0).MembersAsync());
        await using var a = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-restart");
        await using var b = await LiveSilo.StartAsync(database.ConnectionString, "hotline-live-restart");
        await HoldsAsync(
            async () => (await c.Grains.GetGrain<ILiveRelayGrain>(0).MembersAsync()).ToHashSet().SetEquals([a.Address, b.Address, c.Address]),
            "all three silos joined the relay on C",
            TimeSpan.FromSeconds(60));

        await c.StopAsync();
        await HoldsAsync(() => !c.Link.Relaying && a.Link.Relaying && b.Link.Relaying, "A and B still relay to each other after C left", TimeSpan.FromSeconds(30));

        // The relay starts again on A or B; a change on B reaches A within one renewal.
        var changes = new ConcurrentQueue<LiveChange>();
        a.Hub.Changed += changes.Enqueue;
        var extension = $"8201-{Guid.NewGuid().ToString("N")[..8]}";
        var agent = b.Grains.GetGrain<IAgentGrain>(extension);
        await agent.ConfigureAsync(new AgentProfile(extension, "坐席8201", [new AgentSkill("complaint", 5)], TimeSpan.Zero));
        await agent.LoginAsync();
        var deadline = DateTime.UtcNow + LiveRelayLink.Renewal * 2;
        while (!changes.Contains(new LiveChange(LiveChangeKind.Agent, extension)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"A's hub did not hear agent {extension} on B within two renewals of the restarted relay");
            // Each window's change is published to whichever relay answers now; A re-joins it on its next renewal.
            await agent.SetReadyAsync();
            await agent.SetNotReadyAsync(NotReadyReason.Break);
            await Task.Delay(LiveRelayLink.Window * 5, TestContext.Current.CancellationToken);
        }

        var relay = a.Grains.GetGrain<ILiveRelayGrain>(0);
        Assert.True((await relay.MembersAsync()).ToHashSet().SetEquals([a.Address, b.Address]), "the new relay holds A and B only");
        // A publish that met the relay while C was stopping may be reported, once per outage, never once per window.
        Assert.True(a.Problems.Count <= 1 && b.Problems.Count <= 1, string.Join("\n", a.Problems.Concat(b.Problems)));
        Assert.All(a.Problems.Concat(b.Problems), p => Assert.Contains("Live relay unreachable", p, StringComparison.Ordinal));
    }

    private static async Task BothJoinedAsync(LiveSilo a, LiveSilo b)
    {
        var relay = a.Grains.GetGrain<ILiveRelayGrain>(0);
        await HoldsAsync(
            async () => (await relay.MembersAsync()).ToHashSet().SetEquals([a.Address, b.Address]),
            "both silos are active and joined the relay",
            TimeSpan.FromSeconds(60));
    }

    private static async Task<SiloAddress?> ActivationOfAsync(LiveSilo silo, IAddressable grain) =>
        await silo.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain, TestContext.Current.CancellationToken);

    private static Task HoldsAsync(Func<bool> condition, string description, TimeSpan? timeout = null) =>
        HoldsAsync(() => Task.FromResult(condition()), description, timeout);

    private static async Task HoldsAsync(Func<Task<bool>> condition, string description, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Bounded);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {description}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
