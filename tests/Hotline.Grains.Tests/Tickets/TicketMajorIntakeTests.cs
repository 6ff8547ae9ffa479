using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>重大投诉 at intake: the keyword and repeated-caller rules mark the ticket and alert before the intake call returns, without a sweep.</summary>
[Trait("Category", "Integration")]
public sealed class TicketMajorIntakeTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    private ITicketSweepGrain Sweeper => fixture.Grains.GetGrain<ITicketSweepGrain>(ITicketSweepGrain.Key);

    [Fact]
    public async Task A_keyword_complaint_is_major_and_alerted_as_soon_as_it_is_taken_in()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint("大巴在高速上超速行驶发生事故，车上有人员伤亡。"));
        var plain = await TicketFlows.SubmitAsync(fixture);

        var major = await ticket.GetAsync();
        Assert.True(major.Major);
        Assert.Contains("伤亡", major.MajorReason, StringComparison.Ordinal);
        var alert = Assert.Single(fixture.Alerts.For(major.Number));
        Assert.Equal((TicketAlertKind.Major, PlatformRole.System), (alert.Kind, alert.ActorId));
        var history = await ticket.GetHistoryAsync();
        Assert.Equal(["intake", "mark-major"], history.Select(h => h.Action));
        Assert.Equal(PlatformRole.System, history[1].ActorId);
        Assert.Equal([TicketEventKind.Created, TicketEventKind.MarkedMajor], await TicketFlows.EventKindsAsync(fixture, major.Number));
        Assert.False((await plain.GetAsync()).Major);
        Assert.Empty(fixture.Alerts.For(plain.GetPrimaryKeyString()));

        await Sweeper.SweepAsync();

        Assert.Single(fixture.Alerts.For(major.Number));
        Assert.Equal(2, (await ticket.GetHistoryAsync()).Count);
    }

    [Fact]
    public async Task The_same_caller_for_the_third_time_in_a_week_is_major_at_intake_and_a_call_after_the_window_is_not()
    {
        var phone = TicketFlows.UniquePhone();
        var tickets = new List<ITicketGrain>();
        for (var i = 0; i < 3; i++)
        {
            tickets.Add(await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint(phone: phone)));
            fixture.Clock.Advance(TimeSpan.FromDays(2));
        }
        fixture.Clock.Advance(TimeSpan.FromDays(6));
        tickets.Add(await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint(phone: phone)));

        var flags = await Task.WhenAll(tickets.Select(async t => (await t.GetAsync()).Major));
        Assert.Equal([false, false, true, false], flags);
        Assert.Contains("同一来电", (await tickets[2].GetAsync()).MajorReason, StringComparison.Ordinal);
        Assert.Equal(TicketAlertKind.Major, Assert.Single(fixture.Alerts.For(tickets[2].GetPrimaryKeyString())).Kind);
    }

    [Fact]
    public async Task Intake_leaves_unwatched_types_and_the_enterprise_window_rule_to_others()
    {
        var enquiry = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint("听说有人员伤亡，想问问怎么回事") with { Type = TicketType.Enquiry });
        var enterprise = "长途客运公司-" + Guid.NewGuid().ToString("N")[..6];
        var tickets = new List<ITicketGrain>();
        for (var i = 0; i < 10; i++)
            tickets.Add(await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint(enterprise: enterprise)));

        Assert.False((await enquiry.GetAsync()).Major);
        Assert.DoesNotContain(await Task.WhenAll(tickets.Select(async t => (await t.GetAsync()).Major)), major => major);

        await Sweeper.SweepAsync();

        Assert.True((await tickets[9].GetAsync()).Major);
        Assert.False((await enquiry.GetAsync()).Major);
    }
}
