using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The transition and role rules on their own: states per action under each default workflow, roles, and the unit rule.</summary>
[Trait("Category", "Unit")]
public sealed class TicketActionGuardTests
{
    private static readonly TicketWorkflowDefinition Complaint = TicketWorkflowDefaults.For(TicketType.Complaint);

    [Fact]
    public void A_unit_handler_may_accept_only_its_own_units_ticket()
    {
        TicketActionGuard.Check("T1", TicketState.Dispatched, "unit-a", TicketAction.Accept, TicketActors.UnitA, Complaint);

        var refused = Assert.Throws<TicketWorkflowException>(() =>
            TicketActionGuard.Check("T1", TicketState.Dispatched, "unit-b", TicketAction.Accept, TicketActors.UnitA, Complaint));
        Assert.Contains("T1", refused.Message, StringComparison.Ordinal);
        Assert.Throws<TicketWorkflowException>(() =>
            TicketActionGuard.Check("T1", TicketState.Dispatched, "unit-a", TicketAction.Accept, new TicketActor("x", [PlatformRole.Enterprise], null), Complaint));
    }

    [Fact]
    public void A_supervisor_who_is_also_a_unit_member_is_not_held_to_the_unit()
    {
        var both = new TicketActor("lead", [PlatformRole.HandlingUnit, PlatformRole.Supervisor], "unit-b");

        TicketActionGuard.Check("T1", TicketState.Dispatched, "unit-a", TicketAction.Accept, both, Complaint);
    }

    [Theory]
    [InlineData(TicketAction.Dispatch, TicketState.Intake)]
    [InlineData(TicketAction.Accept, TicketState.Dispatched)]
    [InlineData(TicketAction.Reply, TicketState.Handling)]
    [InlineData(TicketAction.Review, TicketState.Replied)]
    [InlineData(TicketAction.Visit, TicketState.Reviewed)]
    [InlineData(TicketAction.Close, TicketState.Visited)]
    public void A_complaint_walks_the_full_path(TicketAction action, TicketState from)
    {
        Assert.Contains(from, TicketTransitions.From(action, Complaint));
        Assert.Single(TicketTransitions.From(action, Complaint));
    }

    [Fact]
    public void Praise_has_no_dispatch_and_no_visit_and_closes_from_reviewed()
    {
        var praise = TicketWorkflowDefaults.For(TicketType.Praise);

        Assert.Empty(TicketTransitions.From(TicketAction.Dispatch, praise));
        Assert.Empty(TicketTransitions.From(TicketAction.Visit, praise));
        Assert.Equal([TicketState.Intake], TicketTransitions.From(TicketAction.Accept, praise));
        Assert.Equal([TicketState.Reviewed], TicketTransitions.From(TicketAction.Close, praise));
        TicketActionGuard.Check("T2", TicketState.Intake, null, TicketAction.Accept, TicketActors.Agent, praise);
    }

    [Fact]
    public void The_system_may_urge_escalate_and_mark_major_but_not_dispatch()
    {
        foreach (var action in new[] { TicketAction.Urge, TicketAction.Escalate, TicketAction.MarkMajor })
            TicketActionGuard.Check("T3", TicketState.Handling, "unit-a", action, TicketActor.System, Complaint);

        Assert.Throws<TicketWorkflowException>(() => TicketActionGuard.Check("T3", TicketState.Intake, null, TicketAction.Dispatch, TicketActor.System, Complaint));
    }
}
