using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The deadline sweeper on a real store with a fake clock: urge at the share, escalate when overdue, major by the rules intake did not apply, and no repeats on a rerun.</summary>
[Trait("Category", "Integration")]
public sealed class TicketSweepTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    private ITicketSweepGrain Sweeper => fixture.Grains.GetGrain<ITicketSweepGrain>(ITicketSweepGrain.Key);

    [Fact]
    public async Task The_urge_comes_at_the_configured_share_of_the_deadline_once()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);
        var number = ticket.GetPrimaryKeyString();

        fixture.Clock.Advance(TimeSpan.FromHours(95));
        await Sweeper.SweepAsync();
        Assert.Equal(0, (await ticket.GetAsync()).UrgeCount);

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var swept = await Sweeper.SweepAsync();
        var urged = await ticket.GetAsync();
        Assert.True(swept.Urged >= 1);
        Assert.Equal(1, urged.UrgeCount);
        Assert.False(urged.Escalated);
        var last = (await ticket.GetHistoryAsync())[^1];
        Assert.Equal(("urge", "system", TicketState.Handling, TicketState.Handling), (last.Action, last.ActorId, last.FromState!.Value, last.ToState));
        Assert.Equal(TicketAlertKind.Urged, Assert.Single(fixture.Alerts.For(number)).Kind);

        var rerun = await Sweeper.SweepAsync();
        Assert.Equal((0, 0, 0), (rerun.Urged, rerun.Escalated, rerun.MarkedMajor));
        Assert.Equal(1, (await ticket.GetAsync()).UrgeCount);
        Assert.Single(fixture.Alerts.For(number));
    }

    [Fact]
    public async Task An_overdue_ticket_is_escalated_once_and_an_approved_extension_brings_new_thresholds()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);
        var replied = await TicketFlows.HandlingAsync(fixture);
        await replied.ReplyAsync(TicketActors.UnitA, "已处理。", null);

        fixture.Clock.Advance(TimeSpan.FromHours(121));
        await Sweeper.SweepAsync();
        var overdue = await ticket.GetAsync();
        Assert.Equal((1, true), (overdue.UrgeCount, overdue.Escalated));
        Assert.Equal(["urge", "escalate"], (await ticket.GetHistoryAsync()).Skip(3).Select(h => h.Action));
        Assert.Equal(TicketAlertKind.Escalated, fixture.Alerts.For(overdue.Number)[^1].Kind);
        // A ticket the unit has answered is no longer chased.
        var answered = await replied.GetAsync();
        Assert.Equal((0, false), (answered.UrgeCount, answered.Escalated));

        var rerun = await Sweeper.SweepAsync();
        Assert.Equal((0, 0), (rerun.Urged, rerun.Escalated));
        Assert.Equal(5, (await ticket.GetHistoryAsync()).Count);

        await ticket.RequestExtensionAsync(TicketActors.UnitA, fixture.Clock.GetUtcNow().AddHours(100), "需要现场调查");
        await ticket.DecideExtensionAsync(TicketActors.Supervisor, true, null);
        fixture.Clock.Advance(TimeSpan.FromHours(81));
        await Sweeper.SweepAsync();
        Assert.Equal(2, (await ticket.GetAsync()).UrgeCount);
        fixture.Clock.Advance(TimeSpan.FromHours(20));
        await Sweeper.SweepAsync();
        Assert.Equal(2, (await ticket.GetHistoryAsync()).Count(h => h.Action == "escalate"));
    }

    [Fact]
    public async Task A_ticket_the_intake_rules_did_not_mark_is_marked_by_the_sweep_once()
    {
        // Stored without the grain (as a version before intake marking, or an intake whose rule check failed, leaves it).
        var number = "12328-20261127-8" + Random.Shared.Next(0, 999_999).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = fixture.CreateDbContext())
        {
            var record = TicketRecordMapping.ToRecord(number, TicketFlows.Complaint("大巴在高速上超速行驶发生事故，车上有人员伤亡。"), fixture.Clock.GetUtcNow().AddDays(5), fixture.Clock.GetUtcNow());
            record.Version = 1;
            db.Add(record);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var ticket = fixture.Grains.GetGrain<ITicketGrain>(number);
        var plain = await TicketFlows.SubmitAsync(fixture);

        var swept = await Sweeper.SweepAsync();

        var major = await ticket.GetAsync();
        Assert.True(major.Major);
        Assert.Contains("伤亡", major.MajorReason, StringComparison.Ordinal);
        Assert.False((await plain.GetAsync()).Major);
        Assert.True(swept.MarkedMajor >= 1);
        Assert.Equal(TicketAlertKind.Major, Assert.Single(fixture.Alerts.For(number)).Kind);
        Assert.Equal(0, (await Sweeper.SweepAsync()).MarkedMajor);
    }

    [Fact]
    public async Task The_tenth_complaint_against_one_enterprise_in_a_day_is_major()
    {
        var enterprise = "长途客运公司-" + Guid.NewGuid().ToString("N")[..6];
        var tickets = new List<ITicketGrain>();
        for (var i = 0; i < 10; i++)
            tickets.Add(await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint(enterprise: enterprise)));

        await Sweeper.SweepAsync();

        var flags = await Task.WhenAll(tickets.Select(async t => (await t.GetAsync()).Major));
        Assert.Equal([.. Enumerable.Repeat(false, 9), true], flags);
        Assert.Contains(enterprise, (await tickets[9].GetAsync()).MajorReason, StringComparison.Ordinal);
        Assert.Equal(0, (await Sweeper.SweepAsync()).MarkedMajor);
    }
}
