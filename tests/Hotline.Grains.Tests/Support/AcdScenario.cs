using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Tests.Support;

/// <summary>Queues, agents and calls for one test, with names unique to the test so tests can share a cluster.</summary>
internal sealed class AcdScenario
{
    private readonly string _run;

    public AcdScenario(IGrainFactory grains)
        : this(grains, Guid.NewGuid().ToString("N")[..8])
    {
    }

    private AcdScenario(IGrainFactory grains, string run)
    {
        Grains = grains;
        _run = run;
    }

    public IGrainFactory Grains { get; }

    /// <summary>The same scenario (same names) reached through another silo.</summary>
    public AcdScenario Through(IGrainFactory grains) => new(grains, _run);

    public string Id(string name) => $"{name}-{_run}";

    public QueueConfiguration Rules(string name, string skill) => new() { Name = Id(name), Skill = Id(skill) };

    public async Task<IQueueGrain> QueueAsync(string name, string skill, Func<QueueConfiguration, QueueConfiguration>? tweak = null)
    {
        var configuration = Rules(name, skill);
        configuration = tweak?.Invoke(configuration) ?? configuration;
        var queue = Grains.GetGrain<IQueueGrain>(configuration.Name);
        await queue.ConfigureAsync(configuration);
        return queue;
    }

    public AgentProfile Profile(string extension, string skill, int level, TimeSpan? wrapUp = null) =>
        new(Id(extension), extension, [new AgentSkill(Id(skill), level)], wrapUp ?? TimeSpan.Zero);

    public async Task<IAgentGrain> AgentAsync(string extension, string skill, int level, TimeSpan? wrapUp = null)
    {
        var agent = Grains.GetGrain<IAgentGrain>(Id(extension));
        await agent.ConfigureAsync(Profile(extension, skill, level, wrapUp));
        return agent;
    }

    public async Task<IAgentGrain> ReadyAgentAsync(string extension, string skill, int level, TimeSpan? wrapUp = null)
    {
        var agent = await AgentAsync(extension, skill, level, wrapUp);
        await agent.LoginAsync();
        await agent.SetReadyAsync();
        return agent;
    }

    public QueuedCall Call(string name, int priority = 0) => new(Id(name), "+8613800138000", priority, DateTimeOffset.UtcNow);

    /// <summary>Waits until <paramref name="condition"/> holds; fails naming <paramref name="description"/> after the timeout (10 s by default).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string description, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {description}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until the queue has heard that <paramref name="count"/> agents are ready (agents tell queues one-way).</summary>
    public Task QueueSeesReadyAsync(string queue, int count) =>
        EventuallyAsync(async () => (await Grains.GetGrain<IQueueGrain>(Id(queue)).GetSnapshotAsync()).ReadyAgents == count,
            $"queue {Id(queue)} sees {count} ready agents");

    /// <summary>Waits until the agent rings with the named call.</summary>
    public Task RingsWithAsync(IAgentGrain agent, string call, TimeSpan? timeout = null) =>
        EventuallyAsync(async () => await agent.GetSnapshotAsync() is { Status: AgentStatus.Ringing, CallId: var c } && c == Id(call),
            $"agent {agent.GetPrimaryKeyString()} rings with call {Id(call)}", timeout);
}
