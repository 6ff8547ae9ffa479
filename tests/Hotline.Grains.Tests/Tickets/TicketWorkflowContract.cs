using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Every workflow transition through the grain on a real store: allowed, refused by role, state and unit, and the history and events it leaves.</summary>
[Trait("Category", "Integration")]
public abstract class TicketWorkflowContract(TicketClusterFixture fixture)
{
    [Fact]
    public async Task A_complaint_goes_from_intake_to_close_and_every_step_is_in_the_history_with_its_actor()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture);

        Assert.Equal(TicketState.Dispatched, (await ticket.DispatchAsync(TicketActors.Agent, "unit-a", "派至出租车管理处")).State);
        Assert.Equal(TicketState.Handling, (await ticket.AcceptAsync(TicketActors.UnitA, "已接收")).State);
        var replied = await ticket.ReplyAsync(TicketActors.UnitA, "已约谈司机并处罚款。", [new TicketAttachment("处罚决定书.pdf", "application/pdf", 2048, "replies/p.pdf")]);
        Assert.Equal(TicketState.Replied, replied.State);
        Assert.Equal("已约谈司机并处罚款。", replied.Reply);
        Assert.Equal("处罚决定书.pdf", Assert.Single(replied.ReplyAttachments).FileName);
        Assert.Equal(TicketState.Reviewed, (await ticket.ReviewAsync(TicketActors.Supervisor, true, "答复完整")).State);
        var visited = await ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Call, 5, "满意", "call-1"));
        Assert.Equal(TicketState.Visited, visited.State);
        Assert.Equal(5, visited.Satisfaction);
        var closed = await ticket.CloseAsync(TicketActors.Agent, null);
        Assert.Equal(TicketState.Closed, closed.State);
        Assert.Equal(fixture.Clock.GetUtcNow(), closed.ClosedAt);

        var history = await ticket.GetHistoryAsync();
        Assert.Equal(["intake", "dispatch", "accept", "reply", "review", "visit", "close"], history.Select(h => h.Action));
        Assert.Equal(["citizen", "8001", "unit-a-handler", "unit-a-handler", "sup-1", "8001", "8001"], history.Select(h => h.ActorId));
        Assert.Equal(
            [TicketState.Intake, TicketState.Dispatched, TicketState.Handling, TicketState.Replied, TicketState.Reviewed, TicketState.Visited, TicketState.Closed],
            history.Select(h => h.ToState));
        Assert.Null(history[0].FromState);
        Assert.Equal(TicketState.Replied, history[4].FromState);
        Assert.All(history, h => Assert.Equal(fixture.Clock.GetUtcNow(), h.At));
        Assert.Equal(7, closed.Version);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(7, await db.Set<Hotline.Grains.Outbox.OutboxMessage>().CountAsync(m => m.Payload.Contains(closed.Number), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_action_outside_the_actors_roles_is_refused_naming_ticket_state_and_action_and_changes_nothing()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture);
        await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);

        var refused = await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.AcceptAsync(TicketActors.Analyst, null));

        var number = ticket.GetPrimaryKeyString();
        Assert.Contains(number, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Dispatched", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'accept'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TicketState.Dispatched, (await ticket.GetAsync()).State);
        Assert.Equal(2, (await ticket.GetHistoryAsync()).Count);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.ReviewAsync(TicketActors.Agent, true, null));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.EscalateAsync(TicketActors.Agent, "超期"));
    }

    [Fact]
    public async Task A_unit_acts_only_on_tickets_dispatched_to_it()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture);
        await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);

        var refused = await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.AcceptAsync(TicketActors.UnitB, null));
        Assert.Contains("unit-b", refused.Message, StringComparison.Ordinal);
        Assert.Contains("unit-a", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.SendBackAsync(TicketActors.UnitB, "不归我们管"));

        await ticket.AcceptAsync(TicketActors.UnitA, null);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.ReplyAsync(TicketActors.UnitB, "答复", null));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.RequestExtensionAsync(TicketActors.UnitB, fixture.Clock.GetUtcNow().AddDays(30), "需要调查"));
        // A supervisor acts on every unit's tickets.
        Assert.Equal(TicketState.Replied, (await ticket.ReplyAsync(TicketActors.Supervisor, "代为答复", null)).State);
    }

    [Fact]
    public async Task An_action_in_the_wrong_state_is_refused()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture);

        var early = await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.ReplyAsync(TicketActors.Supervisor, "答复", null));
        Assert.Contains("state Intake", early.Message, StringComparison.Ordinal);
        Assert.Contains("'reply' needs state Handling", early.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.AcceptAsync(TicketActors.Supervisor, null));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.CloseAsync(TicketActors.Agent, null));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.ReopenAsync(TicketActors.Agent, "重办"));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Sms, 4, null, null)));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.DecideExtensionAsync(TicketActors.Supervisor, true, null));
        Assert.Single(await ticket.GetHistoryAsync());
    }

    [Fact]
    public async Task A_unit_sends_a_wrongly_dispatched_ticket_back_to_intake_and_it_can_be_dispatched_again()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);

        var error = await Assert.ThrowsAsync<TicketValidationException>(() => ticket.SendBackAsync(TicketActors.UnitA, " "));
        Assert.Equal("reason", error.Field);
        var back = await ticket.SendBackAsync(TicketActors.UnitA, "非本单位职责，应由公交集团办理");
        Assert.Equal(TicketState.Intake, back.State);
        Assert.Null(back.UnitId);
        // The unit that sent it back no longer has it.
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.AcceptAsync(TicketActors.UnitA, null));

        var again = await ticket.DispatchAsync(TicketActors.Agent, "unit-b", null);
        Assert.Equal("unit-b", again.UnitId);
        Assert.Equal(TicketState.Handling, (await ticket.AcceptAsync(TicketActors.UnitB, null)).State);
        var sendBack = (await ticket.GetHistoryAsync()).Single(h => h.Action == "send-back");
        Assert.Equal(("unit-a-handler", TicketState.Handling, TicketState.Intake, "非本单位职责，应由公交集团办理"), (sendBack.ActorId, sendBack.FromState!.Value, sendBack.ToState, sendBack.Note));
    }

    [Fact]
    public async Task A_rejected_review_sends_the_ticket_back_to_handling_and_needs_a_comment()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);
        await ticket.ReplyAsync(TicketActors.UnitA, "已处理。", null);

        Assert.Equal("comment", (await Assert.ThrowsAsync<TicketValidationException>(() => ticket.ReviewAsync(TicketActors.Supervisor, false, null))).Field);
        var rejected = await ticket.ReviewAsync(TicketActors.Supervisor, false, "答复过于简单，请说明处理结果");
        Assert.Equal(TicketState.Handling, rejected.State);

        await ticket.ReplyAsync(TicketActors.UnitA, "已对司机罚款200元并退还车费。", null);
        Assert.Equal(TicketState.Reviewed, (await ticket.ReviewAsync(TicketActors.Supervisor, true, null)).State);
        Assert.Equal(2, (await ticket.GetHistoryAsync()).Count(h => h.Action == "review"));
    }

    [Fact]
    public async Task An_unsatisfied_visit_is_reopened_with_a_new_deadline()
    {
        var ticket = await TicketFlows.ReviewedAsync(fixture);
        Assert.Equal("visit.Satisfaction", (await Assert.ThrowsAsync<TicketValidationException>(() =>
            ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Call, 6, null, null)))).Field);
        var unsatisfied = await ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Sms, 2, "司机未道歉", null));
        Assert.Equal(TicketState.Unsatisfied, unsatisfied.State);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.CloseAsync(TicketActors.Agent, null));

        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var reopened = await ticket.ReopenAsync(TicketActors.Agent, "市民不满意，重新办理");

        Assert.Equal(TicketState.Handling, reopened.State);
        Assert.Equal(1, reopened.ReopenCount);
        Assert.Equal(fixture.Clock.GetUtcNow().AddHours(120), reopened.Deadline);
        Assert.True(reopened.Deadline > unsatisfied.Deadline);
        Assert.Equal("unit-a", reopened.UnitId);
        var last = (await ticket.GetHistoryAsync())[^1];
        Assert.Equal(("reopen", TicketState.Unsatisfied, TicketState.Handling), (last.Action, last.FromState!.Value, last.ToState));
        Assert.Equal(TicketState.Replied, (await ticket.ReplyAsync(TicketActors.UnitA, "已再次处理并向市民道歉。", null)).State);
    }

    [Fact]
    public async Task A_closed_ticket_reopens_only_within_the_window()
    {
        var recent = await CloseSatisfiedAsync(await TicketFlows.ReviewedAsync(fixture));
        var old = await CloseSatisfiedAsync(await TicketFlows.ReviewedAsync(fixture));

        fixture.Clock.Advance(TimeSpan.FromDays(14));
        Assert.Equal(TicketState.Handling, (await recent.ReopenAsync(TicketActors.Agent, "市民再次来电反映问题未解决")).State);
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var refused = await Assert.ThrowsAsync<TicketWorkflowException>(() => old.ReopenAsync(TicketActors.Agent, "再次反映"));
        Assert.Contains("15 days", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TicketState.Closed, (await old.GetAsync()).State);
    }

    [Fact]
    public async Task An_extension_is_requested_by_the_unit_and_approved_or_denied_by_a_supervisor()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);
        var before = await ticket.GetAsync();
        var until = before.Deadline.AddDays(5);

        Assert.Equal("until", (await Assert.ThrowsAsync<TicketValidationException>(() =>
            ticket.RequestExtensionAsync(TicketActors.UnitA, before.Deadline.AddHours(-1), "需要调取监控"))).Field);
        var requested = await ticket.RequestExtensionAsync(TicketActors.UnitA, until, "需要调取监控");
        Assert.True(requested.ExtensionRequested);
        Assert.Equal(until, requested.ExtensionUntil);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.RequestExtensionAsync(TicketActors.UnitA, until.AddDays(1), "再延"));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.DecideExtensionAsync(TicketActors.UnitA, true, null));

        var denied = await ticket.DecideExtensionAsync(TicketActors.Supervisor, false, "时限内应能办结");
        Assert.False(denied.ExtensionRequested);
        Assert.Equal(before.Deadline, denied.Deadline);

        await ticket.RequestExtensionAsync(TicketActors.UnitA, until, "涉及多个部门");
        var approved = await ticket.DecideExtensionAsync(TicketActors.Supervisor, true, null);
        Assert.Equal(until, approved.Deadline);
        Assert.False(approved.ExtensionRequested);
        Assert.Equal(["request-extension", "decide-extension", "request-extension", "decide-extension"],
            (await ticket.GetHistoryAsync()).Select(h => h.Action).Where(a => a.Contains("extension", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Urges_are_counted_escalation_and_major_are_flagged_and_each_alerts()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);
        var number = ticket.GetPrimaryKeyString();

        await ticket.UrgeAsync(TicketActors.Agent, "请尽快办理");
        var urged = await ticket.UrgeAsync(TicketActors.Supervisor, null);
        Assert.Equal(2, urged.UrgeCount);
        var escalated = await ticket.EscalateAsync(TicketActors.Supervisor, "群众反映强烈");
        Assert.True(escalated.Escalated);
        var major = await ticket.MarkMajorAsync(TicketActors.Supervisor, "涉及人身安全");
        Assert.True(major.Major);
        Assert.Equal("涉及人身安全", major.MajorReason);
        var again = await ticket.MarkMajorAsync(TicketActors.Supervisor, "再次标记");
        Assert.Equal(major.Version, again.Version);
        Assert.Equal("涉及人身安全", again.MajorReason);

        Assert.Equal(
            [TicketAlertKind.Urged, TicketAlertKind.Urged, TicketAlertKind.Escalated, TicketAlertKind.Major],
            fixture.Alerts.For(number).Select(a => a.Kind));
        Assert.Equal("unit-a", fixture.Alerts.For(number)[0].UnitId);
        Assert.Equal(TicketState.Handling, again.State);
        Assert.Equal(["urge", "urge", "escalate", "mark-major"], (await ticket.GetHistoryAsync()).Skip(3).Select(h => h.Action));
    }

    [Fact]
    public async Task An_enquiry_skips_dispatch_and_return_visit()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint() with { Type = TicketType.Enquiry, CategoryCode = "urban.bus" });

        var noDispatch = await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.DispatchAsync(TicketActors.Agent, "unit-a", null));
        Assert.Contains("no 'dispatch' step", noDispatch.Message, StringComparison.Ordinal);
        await ticket.AcceptAsync(TicketActors.Agent, null);
        await ticket.ReplyAsync(TicketActors.Agent, "末班车为22:30。", null);
        await ticket.ReviewAsync(TicketActors.Supervisor, true, null);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Call, 5, null, null)));

        Assert.Equal(TicketState.Closed, (await ticket.CloseAsync(TicketActors.Agent, null)).State);
    }

    [Fact]
    public async Task The_workflow_is_data_a_type_without_review_goes_from_reply_to_reviewed()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var workflow = await Hotline.Grains.Tickets.Workflow.TicketWorkflowCatalog.ForAsync(db, TicketType.Help, TestContext.Current.CancellationToken);
            await Hotline.Grains.Tickets.Workflow.TicketWorkflowCatalog.SaveAsync(db, TicketType.Help, workflow with { Review = false }, fixture.Clock.GetUtcNow(), TestContext.Current.CancellationToken);
        }
        var ticket = await TicketFlows.HandlingAsync(fixture, TicketFlows.Complaint() with { Type = TicketType.Help });

        var replied = await ticket.ReplyAsync(TicketActors.UnitA, "已联系司机送还遗失物品。", null);

        Assert.Equal(TicketState.Reviewed, replied.State);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.ReviewAsync(TicketActors.Supervisor, true, null));
        Assert.Equal(TicketState.Visited, (await ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Call, 4, null, null))).State);
    }

    [Fact]
    public async Task The_roles_of_an_action_are_data_and_a_changed_list_applies_to_the_next_action()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var workflow = await Hotline.Grains.Tickets.Workflow.TicketWorkflowCatalog.ForAsync(db, TicketType.Suggestion, TestContext.Current.CancellationToken);
            var roles = new Dictionary<string, string[]>(workflow.Roles, StringComparer.Ordinal) { ["review"] = ["agent"] };
            await Hotline.Grains.Tickets.Workflow.TicketWorkflowCatalog.SaveAsync(db, TicketType.Suggestion, workflow with { Roles = roles }, fixture.Clock.GetUtcNow(), TestContext.Current.CancellationToken);
        }
        var ticket = await TicketFlows.HandlingAsync(fixture, TicketFlows.Complaint() with { Type = TicketType.Suggestion, CategoryCode = "urban.bus" });
        await ticket.ReplyAsync(TicketActors.UnitA, "已采纳，将增开夜班线路。", null);

        var refused = await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.ReviewAsync(TicketActors.Supervisor, true, null));
        Assert.Contains("needs one of the roles agent", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TicketState.Reviewed, (await ticket.ReviewAsync(TicketActors.Agent, true, null)).State);
        // Suggestions close without a return visit.
        Assert.Equal(TicketState.Closed, (await ticket.CloseAsync(TicketActors.Agent, null)).State);
    }

    [Fact]
    public async Task Merging_keeps_both_histories_and_the_merged_ticket_shows_the_targets_progress_to_its_citizen()
    {
        var target = await TicketFlows.HandlingAsync(fixture);
        var sourcePhone = TicketFlows.UniquePhone();
        var source = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint(phone: sourcePhone));
        var targetNumber = target.GetPrimaryKeyString();
        var sourceNumber = source.GetPrimaryKeyString();

        Assert.Equal("targetNumber", (await Assert.ThrowsAsync<TicketValidationException>(() => source.MergeIntoAsync(TicketActors.Agent, sourceNumber))).Field);
        await Assert.ThrowsAsync<TicketNotFoundException>(() => source.MergeIntoAsync(TicketActors.Agent, "12328-20261127-7777777"));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => source.MergeIntoAsync(TicketActors.UnitA, targetNumber));
        Assert.Equal(TicketState.Intake, (await source.GetAsync()).State);

        var merged = await source.MergeIntoAsync(TicketActors.Agent, targetNumber);
        Assert.Equal(TicketState.Merged, merged.State);
        Assert.Equal(targetNumber, merged.MergedInto);
        Assert.Equal([sourceNumber], (await target.GetAsync()).MergedSources);
        await Assert.ThrowsAsync<TicketWorkflowException>(() => source.MergeIntoAsync(TicketActors.Agent, targetNumber));
        await Assert.ThrowsAsync<TicketWorkflowException>(() => source.DispatchAsync(TicketActors.Agent, "unit-a", null));

        await target.ReplyAsync(TicketActors.UnitA, "两起投诉已一并查处。", null);
        Assert.Equal(["intake", "merge"], (await source.GetHistoryAsync()).Select(h => h.Action));
        Assert.Equal(["intake", "dispatch", "accept", "absorb", "reply"], (await target.GetHistoryAsync()).Select(h => h.Action));

        var view = await fixture.Intake.FindForCitizenAsync(sourceNumber, sourcePhone, TestContext.Current.CancellationToken);
        Assert.NotNull(view);
        Assert.Equal(sourceNumber, view.Number);
        Assert.Equal("已反馈", view.StateText);
        Assert.Equal("两起投诉已一并查处。", view.Reply);
        Assert.Equal(["已受理", "已并案处理", "已反馈"], view.Steps.Select(s => s.Text));
        // The target's citizen never sees the source's contact, and the source's phone does not open the target.
        Assert.Null(await fixture.Intake.FindForCitizenAsync(targetNumber, sourcePhone, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Each_action_is_recorded_under_its_own_event_kind()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture);
        await ticket.DispatchAsync(TicketActors.Agent, "unit-b", null);
        await ticket.SendBackAsync(TicketActors.UnitB, "不属于本单位");
        await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);
        await ticket.AcceptAsync(TicketActors.UnitA, null);
        var handling = await ticket.GetAsync();
        await ticket.RequestExtensionAsync(TicketActors.UnitA, handling.Deadline.AddDays(3), "需现场核查");
        await ticket.DecideExtensionAsync(TicketActors.Supervisor, true, null);
        await ticket.UrgeAsync(TicketActors.Agent, null);
        await ticket.EscalateAsync(TicketActors.Supervisor, "多次催办未果");
        await ticket.MarkMajorAsync(TicketActors.Supervisor, "涉及人身安全");
        await ticket.ReplyAsync(TicketActors.UnitA, "已处理。", null);
        await ticket.ReviewAsync(TicketActors.Supervisor, true, null);
        await ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Sms, 2, null, null));
        await ticket.ReopenAsync(TicketActors.Supervisor, "市民不满意");
        var source = await TicketFlows.SubmitAsync(fixture);
        await source.MergeIntoAsync(TicketActors.Agent, ticket.GetPrimaryKeyString());

        Assert.Equal(
            [
                TicketEventKind.Created, TicketEventKind.Dispatched, TicketEventKind.SentBack, TicketEventKind.Dispatched, TicketEventKind.Accepted,
                TicketEventKind.ExtensionRequested, TicketEventKind.ExtensionDecided, TicketEventKind.Urged, TicketEventKind.Escalated,
                TicketEventKind.MarkedMajor, TicketEventKind.Replied, TicketEventKind.Reviewed, TicketEventKind.VisitedBack,
                TicketEventKind.Reopened, TicketEventKind.Absorbed,
            ],
            await TicketFlows.EventKindsAsync(fixture, ticket.GetPrimaryKeyString()));
        Assert.Equal([TicketEventKind.Created, TicketEventKind.Merged], await TicketFlows.EventKindsAsync(fixture, source.GetPrimaryKeyString()));
    }

    [Fact]
    public async Task Unknown_tickets_are_reported_by_number()
    {
        var missing = fixture.Grains.GetGrain<ITicketGrain>("12328-20261127-8888888");

        Assert.Equal("12328-20261127-8888888", (await Assert.ThrowsAsync<TicketNotFoundException>(() => missing.GetHistoryAsync())).Number);
        await Assert.ThrowsAsync<TicketNotFoundException>(() => missing.UrgeAsync(TicketActors.Agent, null));
    }

    [Fact]
    public async Task A_failed_action_writes_nothing()
    {
        var ticket = await TicketFlows.HandlingAsync(fixture);
        var number = ticket.GetPrimaryKeyString();
        await using var db = fixture.CreateDbContext();
        var historyBefore = await db.Set<TicketHistoryRecord>().CountAsync(h => h.TicketNumber == number, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<TicketWorkflowException>(() => ticket.CloseAsync(TicketActors.Agent, "想直接结案"));
        await Assert.ThrowsAsync<TicketValidationException>(() => ticket.ReplyAsync(TicketActors.UnitA, new string('字', 4001), null));

        Assert.Equal(historyBefore, await db.Set<TicketHistoryRecord>().CountAsync(h => h.TicketNumber == number, TestContext.Current.CancellationToken));
        Assert.Null((await ticket.GetAsync()).Reply);
    }

    private static async Task<ITicketGrain> CloseSatisfiedAsync(ITicketGrain ticket)
    {
        await ticket.RecordVisitAsync(TicketActors.Agent, new ReturnVisit(VisitMethod.Call, 4, null, null));
        await ticket.CloseAsync(TicketActors.Agent, null);
        return ticket;
    }
}
