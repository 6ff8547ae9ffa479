using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Queues;

/// <summary>
/// The queue registry on a real in-process cluster: queues are created with their rules and listed, bad names, duplicates,
/// unregistered overflow targets and rules the queue refuses store nothing, and a queue is retired only when no call waits
/// in it and no registered queue overflows into it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueueRegistryTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    private IQueueRegistryGrain Registry => fixture.Grains.GetGrain<IQueueRegistryGrain>(0);

    private IQueueGrain Queue(string name) => fixture.Grains.GetGrain<IQueueGrain>(_acd.Id(name));

    [Fact]
    public async Task A_created_queue_is_listed_and_its_rules_stored_in_its_grain()
    {
        var rules = _acd.Rules("night", "night-skill") with { MinimumLevel = 3, MaxWait = TimeSpan.FromMinutes(2) };

        var outcome = await Registry.CreateAsync(rules);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Contains(rules.Name, await Registry.ListAsync());
        Assert.Equal(rules, await Queue("night").GetConfigurationAsync());
        Assert.Contains(rules.Name, await fixture.Grains.GetGrain<IQueueDirectoryGrain>(0).QueuesForSkillAsync(rules.Skill));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("x")]
    [InlineData("9lives")]
    [InlineData("has space")]
    [InlineData("投诉")]
    public async Task A_name_breaking_the_rule_is_refused_and_nothing_stored(string name)
    {
        var outcome = await Registry.CreateAsync(new QueueConfiguration { Name = name, Skill = "any" });

        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.InvalidName, name), outcome);
        Assert.DoesNotContain(name, await Registry.ListAsync());
        Assert.Null(await fixture.Grains.GetGrain<IQueueGrain>(name).GetConfigurationAsync());
    }

    [Fact]
    public async Task A_second_queue_of_the_same_name_is_refused_and_the_first_kept()
    {
        var first = _acd.Rules("twice", "twice-skill");
        await Registry.CreateAsync(first);

        var outcome = await Registry.CreateAsync(first with { Skill = "other" });

        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.AlreadyRegistered, first.Name), outcome);
        Assert.Equal(first, await Queue("twice").GetConfigurationAsync());
    }

    [Fact]
    public async Task An_unregistered_overflow_queue_or_rules_the_grain_refuses_store_nothing()
    {
        var rules = _acd.Rules("careful", "careful-skill");

        var overflow = await Registry.CreateAsync(rules with { OverflowQueue = _acd.Id("nowhere") });
        var level = await Registry.CreateAsync(rules with { MinimumLevel = 11 });

        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.OverflowNotRegistered, _acd.Id("nowhere")), overflow);
        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.InvalidConfiguration, $"queue '{rules.Name}': minimum level 11 is outside 1–10"), level);
        Assert.DoesNotContain(rules.Name, await Registry.ListAsync());
        Assert.Null(await Queue("careful").GetConfigurationAsync());
    }

    [Fact]
    public async Task Only_registered_queues_are_updated()
    {
        var rules = _acd.Rules("updated", "updated-skill");
        var unknown = await Registry.UpdateAsync(rules);
        await Registry.CreateAsync(rules);

        var changed = await Registry.UpdateAsync(rules with { MinimumLevel = 4 });

        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.NotRegistered, rules.Name), unknown);
        Assert.True(changed.Succeeded, changed.Detail);
        Assert.Equal(4, (await Queue("updated").GetConfigurationAsync())?.MinimumLevel);
    }

    [Fact]
    public async Task A_retired_queue_leaves_the_list_and_the_directory_and_takes_no_calls()
    {
        var rules = _acd.Rules("old", "old-skill");
        await Registry.CreateAsync(rules);

        var outcome = await Registry.RetireAsync(rules.Name, "admin");

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.DoesNotContain(rules.Name, await Registry.ListAsync());
        Assert.Null(await Queue("old").GetConfigurationAsync());
        Assert.Empty(await fixture.Grains.GetGrain<IQueueDirectoryGrain>(0).QueuesForSkillAsync(rules.Skill));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Queue("old").EnqueueAsync(_acd.Call("late")));
        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.NotRegistered, rules.Name), await Registry.RetireAsync(rules.Name, "admin"));
    }

    [Fact]
    public async Task A_queue_with_a_waiting_call_is_not_retired_until_the_call_has_gone()
    {
        var rules = _acd.Rules("busy", "busy-skill");
        await Registry.CreateAsync(rules);
        await Queue("busy").EnqueueAsync(_acd.Call("waiting"));

        var refused = await Registry.RetireAsync(rules.Name, "admin");

        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.CallsWaiting, "1"), refused);
        Assert.Contains(rules.Name, await Registry.ListAsync());
        Assert.Equal(rules, await Queue("busy").GetConfigurationAsync());
        Assert.Equal(1, await Queue("busy").PositionOfAsync(_acd.Id("waiting")));

        await Queue("busy").AbandonAsync(_acd.Id("waiting"));
        Assert.True((await Registry.RetireAsync(rules.Name, "admin")).Succeeded);
    }

    [Fact]
    public async Task A_queue_another_overflows_into_is_not_retired()
    {
        var target = _acd.Rules("target", "target-skill");
        var source = _acd.Rules("source", "source-skill") with { OverflowQueue = target.Name };
        await Registry.CreateAsync(target);
        Assert.True((await Registry.CreateAsync(source)).Succeeded);

        var refused = await Registry.RetireAsync(target.Name, "admin");

        Assert.Equal(QueueRegistryOutcome.Refused(QueueRegistryRefusal.OverflowTarget, source.Name), refused);
        Assert.Equal(target, await Queue("target").GetConfigurationAsync());
        Assert.Contains(target.Name, await Registry.ListAsync());
    }

    [Fact]
    public async Task Seeding_keeps_edited_rules_and_does_not_bring_back_a_retired_queue()
    {
        var shipped = _acd.Rules("shipped", "shipped-skill");
        Assert.True(await Registry.SeedAsync(shipped));
        await Registry.UpdateAsync(shipped with { MinimumLevel = 6 });

        Assert.False(await Registry.SeedAsync(shipped));
        Assert.Equal(6, (await Queue("shipped").GetConfigurationAsync())?.MinimumLevel);

        await Registry.RetireAsync(shipped.Name, "admin");
        Assert.False(await Registry.SeedAsync(shipped));
        Assert.DoesNotContain(shipped.Name, await Registry.ListAsync());
        Assert.Null(await Queue("shipped").GetConfigurationAsync());
    }
}
