using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The sweeper is driven by one durable reminder, armed when the silo starts, however often it is started again.</summary>
[Trait("Category", "Integration")]
public sealed class TicketSweepReminderTests(TicketSweepReminderTests.ArmedFixture fixture) : IClassFixture<TicketSweepReminderTests.ArmedFixture>
{
    [Fact]
    public async Task The_silo_arms_one_sweeper_reminder_and_starting_again_keeps_it_one()
    {
        var sweeper = fixture.Grains.GetGrain<ITicketSweepGrain>(ITicketSweepGrain.Key);
        var table = fixture.SiloServices.GetRequiredService<IReminderTable>();
        Assert.Equal("ticket-sweep", Assert.Single((await table.ReadRows(sweeper.GetGrainId(), TestContext.Current.CancellationToken)).Reminders).ReminderName);

        await sweeper.StartAsync();
        await sweeper.StartAsync();

        var rows = await table.ReadRows(sweeper.GetGrainId(), TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromMinutes(5), Assert.Single(rows.Reminders).Period);
    }

    /// <summary>A ticket cluster whose silo arms the sweeper as the portal's does.</summary>
    public sealed class ArmedFixture : TicketClusterFixture
    {
        protected override bool ArmsSweeper => true;
    }
}
