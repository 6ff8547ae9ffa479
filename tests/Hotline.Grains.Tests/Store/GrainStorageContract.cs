using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Agents;
using Hotline.Grains.Store.Orleans;
using Hotline.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Hotline.Grains.Tests.Store;

/// <summary>
/// What the platform needs from its grain storage, run against each database: states round-trip with versions, stale
/// writers are refused, the schema installs again without harm, and configuration survives a silo restart.
/// </summary>
public abstract class GrainStorageContract
{
    private static readonly AgentProfile Profile = new("8001", "坐席 8001", [new AgentSkill("complaints", 7), new AgentSkill("enquiries", 3)], TimeSpan.FromSeconds(30));

    protected abstract TestStore Store { get; }

    private static GrainId NewGrainId() => GrainId.Create("agent", Guid.NewGuid().ToString("N"));

    private static GrainState<AgentConfigurationState> State(AgentProfile? profile, string? etag = null) =>
        new() { State = new AgentConfigurationState { Profile = profile }, ETag = etag };

    private static void AssertSameProfile(AgentProfile expected, AgentProfile? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Extension, expected.DisplayName, expected.WrapUp), (actual.Extension, actual.DisplayName, actual.WrapUp));
        Assert.Equal(expected.Skills, actual.Skills);
    }

    [Fact]
    public async Task State_round_trips_with_a_new_version_on_every_write_and_clear()
    {
        await using var silo = await TestSilo.StartAsync(Store);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Main);
        var id = NewGrainId();

        var written = State(Profile);
        await storage.WriteStateAsync("agent", id, written);
        var read = State(null);
        await storage.ReadStateAsync("agent", id, read);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        AssertSameProfile(Profile, read.State!.Profile);

        var renamed = Profile with { DisplayName = "王芳" };
        read.State!.Profile = renamed;
        await storage.WriteStateAsync("agent", id, read);
        Assert.NotEqual(written.ETag, read.ETag);

        await storage.ClearStateAsync("agent", id, read);
        var afterClear = State(null);
        await storage.ReadStateAsync("agent", id, afterClear);
        Assert.False(afterClear.RecordExists);
        Assert.Null(afterClear.State!.Profile);
        Assert.Equal(read.ETag, afterClear.ETag);

        afterClear.State!.Profile = Profile;
        await storage.WriteStateAsync("agent", id, afterClear);
        var final = State(null);
        await storage.ReadStateAsync("agent", id, final);
        AssertSameProfile(Profile, final.State!.Profile);
    }

    [Fact]
    public async Task A_writer_holding_an_old_version_is_refused_and_the_stored_state_is_kept()
    {
        await using var silo = await TestSilo.StartAsync(Store);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Main);
        var id = NewGrainId();
        var current = State(Profile);
        await storage.WriteStateAsync("agent", id, current);
        var stale = State(Profile with { DisplayName = "stale" }, current.ETag);
        current.State!.Profile = Profile with { DisplayName = "current" };
        await storage.WriteStateAsync("agent", id, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("agent", id, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("agent", id, stale));
        // A second "first write" is another activation that never saw the row.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("agent", id, State(Profile)));
        // A version for a row that does not exist is just as stale.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("agent", NewGrainId(), State(Profile, "3")));

        var stored = State(null);
        await storage.ReadStateAsync("agent", id, stored);
        Assert.Equal("current", stored.State!.Profile?.DisplayName);
        Assert.Equal(current.ETag, stored.ETag);
    }

    [Fact]
    public async Task Schema_installs_again_without_change_and_holds_the_embedded_queries()
    {
        await OrleansSchema.ApplyAsync(Store.Database, Store.ConnectionString, OrleansSchemaPart.Storage, TestContext.Current.CancellationToken);
        await OrleansSchema.ApplyAsync(Store.Database, Store.ConnectionString, OrleansSchemaPart.Storage, TestContext.Current.CancellationToken);

        foreach (var (key, text) in OrleansSchema.Queries(Store.Database, OrleansSchemaPart.Storage))
        {
            Assert.Equal(text, await Store.ScalarAsync($"SELECT QueryText FROM OrleansQuery WHERE QueryKey = '{key}'"));
        }

        Assert.NotNull(await Store.ScalarAsync("SELECT count(*) FROM orleans_grain_state"));
    }

    [Fact]
    public async Task Agent_and_queue_configuration_survive_a_silo_restart_but_presence_does_not()
    {
        var clustered = Store.Database == OrleansDatabase.Postgres;
        AcdScenario acd;
        QueueConfiguration rules;
        AgentProfile profile;
        await using (var first = await TestSilo.StartAsync(Store, clustered))
        {
            acd = new AcdScenario(first.Grains);
            rules = acd.Rules("complaints", "complaints") with
            {
                MinimumLevel = 3,
                Strategy = QueueStrategy.LeastOccupied,
                MaxWait = TimeSpan.FromMinutes(2),
                MaxWaitAction = MaxWaitAction.CallbackOffer,
                OverflowQueue = acd.Id("enquiries"),
                OverflowAfter = TimeSpan.FromSeconds(45),
            };
            await first.Grains.GetGrain<IQueueGrain>(rules.Name).ConfigureAsync(rules);
            profile = acd.Profile("8001", "complaints", 5, TimeSpan.FromSeconds(20));
            var agent = first.Grains.GetGrain<IAgentGrain>(profile.Extension);
            await agent.ConfigureAsync(profile);
            await agent.LoginAsync();
            await agent.SetReadyAsync();
        }

        await using var second = await TestSilo.StartAsync(Store, clustered);
        var again = acd.Through(second.Grains);
        var queue = second.Grains.GetGrain<IQueueGrain>(rules.Name);
        var restarted = second.Grains.GetGrain<IAgentGrain>(profile.Extension);

        Assert.Equal(rules, await queue.GetConfigurationAsync());
        AssertSameProfile(profile, await restarted.GetProfileAsync());
        Assert.Equal(AgentStatus.LoggedOut, (await restarted.GetSnapshotAsync()).Status);
        Assert.Equal(0, (await queue.GetSnapshotAsync()).ReadyAgents);

        // The stored roster and directory still connect the agent to the queue once it is ready again.
        await restarted.LoginAsync();
        await restarted.SetReadyAsync();
        await queue.EnqueueAsync(again.Call("after-restart"));
        await again.RingsWithAsync(restarted, "after-restart");
    }
}
