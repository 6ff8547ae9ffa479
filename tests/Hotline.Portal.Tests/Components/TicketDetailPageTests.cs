using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>A ticket's page: snapshot, history in order, the buttons the roles and state allow, actions through the grain as the signed-in user,
/// refusals in Chinese, the linked recording for listeners only, 查重 with merge, and a unit kept to its own tickets.</summary>
[Trait("Category", "Unit")]
public sealed class TicketDetailPageTests : TicketPageTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    private IRenderedComponent<TicketDetail> Open(string number) => ShowPage<TicketDetail>(p => p.Add(c => c.Number, number));

    [Fact]
    public void The_snapshot_and_the_whole_history_show_oldest_first_with_actor_and_time()
    {
        Grains.Add(Snapshot("T1", TicketState.Handling, unit: "unit-a"),
            new TicketHistoryEntry(Start, "8001", "intake", null, TicketState.Intake, "出租车司机拒载"),
            new TicketHistoryEntry(Start.AddHours(1), "8002", "dispatch", TicketState.Intake, TicketState.Dispatched, "请核查"),
            new TicketHistoryEntry(Start.AddHours(2), "unit-a-user", "accept", TicketState.Dispatched, TicketState.Handling, null));
        User.SignIn("8001", null, PlatformRole.Agent);

        var page = Open("T1");

        var entries = page.FindAll("[data-testid=history-entry]");
        Assert.Equal(["intake", "dispatch", "accept"], entries.Select(e => e.GetAttribute("data-action")));
        Assert.Contains("2026-11-27 10:00 · 派单 · 8002", entries[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("受理 → 已派单", entries[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("出租车司机拒载，车牌号粤B12345", page.Find("[data-testid=snapshot-description]").TextContent, StringComparison.Ordinal);
        Assert.Contains("13800138000", page.Find("[data-testid=snapshot-contact]").TextContent, StringComparison.Ordinal);
        Assert.Contains("剩余 1天6小时", page.Find("[data-testid=snapshot-deadline]").TextContent, StringComparison.Ordinal);
        Assert.Contains("处理中", page.Find("[data-testid=ticket-state]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_citizens_files_and_the_units_reply_files_show_apart()
    {
        Grains.Add(Snapshot("T-FILES", TicketState.Replied, unit: "unit-a") with
        {
            Attachments = [new TicketAttachment("现场照片.jpg", "image/jpeg", 3000, "attachments/a.jpg")],
            ReplyAttachments = [new TicketAttachment("处罚决定书.pdf", "application/pdf", 2048, "replies/p.pdf")],
        });
        Grains.Add(Snapshot("T-NOFILES", TicketState.Handling, unit: "unit-a"));
        User.SignIn("8001", null, PlatformRole.Agent);

        var page = Open("T-FILES");

        Assert.Equal("现场照片.jpg (image/jpeg, 3 KB)", page.Find("[data-testid=snapshot-attachment]").TextContent.Trim());
        Assert.Equal("处罚决定书.pdf (application/pdf, 3 KB)", page.Find("[data-testid=snapshot-reply-attachment]").TextContent.Trim());
        Assert.Contains("答复附件", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=snapshot-no-attachments]"));

        var bare = Open("T-NOFILES");
        Assert.Contains("无附件", bare.Find("[data-testid=snapshot-no-attachments]").TextContent, StringComparison.Ordinal);
        Assert.Empty(bare.FindAll("[data-testid=snapshot-reply-attachment]"));
    }

    [Fact]
    public void An_agent_sees_neither_review_nor_close_on_a_replied_ticket_while_a_supervisor_may_review()
    {
        Grains.Add(Snapshot("T2", TicketState.Replied, unit: "unit-a"));
        User.SignIn("8001", null, PlatformRole.Agent);
        var agentPage = Open("T2");

        Assert.Empty(agentPage.FindAll("[data-testid=action-close]"));
        Assert.Empty(agentPage.FindAll("[data-testid=action-review]"));
        Assert.Contains("当前没有可执行的操作。", agentPage.Find("[data-testid=ticket-actions]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supervisor_reviews_a_replied_ticket_and_the_page_shows_the_new_state_and_history()
    {
        var ticket = Grains.Add(Snapshot("T3", TicketState.Replied, unit: "unit-a"));
        User.SignIn("supervisor", null, PlatformRole.Supervisor);
        var page = Open("T3");
        Assert.Empty(page.FindAll("[data-testid=action-close]"));

        page.Find("[data-testid=action-review]").Click();
        Dialogs.WaitForElement("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("已审核", page.Find("[data-testid=ticket-state]").TextContent, StringComparison.Ordinal));
        Assert.Equal((TicketAction.Review, "supervisor"), ticket.Taken.Select(t => (t.Action, t.Actor.Id)).Single());
        Assert.Equal("review", page.FindAll("[data-testid=history-entry]")[^1].GetAttribute("data-action"));
        Assert.NotEmpty(page.FindAll("[data-testid=action-visit]"));
    }

    [Fact]
    public async Task A_refused_action_shows_the_state_and_the_grains_reason_in_a_snackbar()
    {
        var ticket = Grains.Add(Snapshot("T4", TicketState.Handling, unit: "unit-a"));
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = Open("T4");
        // Meanwhile the unit replies: the agent's page still offers 催办, which the grain now refuses.
        await ticket.ReplyAsync(new TicketActor("unit-a-user", [PlatformRole.HandlingUnit], "unit-a"), "已处理", null);

        page.Find("[data-testid=action-urge]").Click();
        Dialogs.WaitForElement("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains(SnackbarMessages, m => m.StartsWith("无法催办：工单 T4 当前状态为「已反馈」。", StringComparison.Ordinal)));
        Assert.Contains(SnackbarMessages, m => m.Contains("'urge' needs state", StringComparison.Ordinal));
        Assert.DoesNotContain(ticket.Taken, t => t.Action == TicketAction.Urge);
    }

    [Fact]
    public void Supervisors_get_the_recording_of_the_linked_call_and_agents_do_not()
    {
        Grains.Add(Snapshot("T5", TicketState.Handling, unit: "unit-a"));
        User.SignIn("supervisor", null, PlatformRole.Supervisor);
        var page = Open("T5");

        Assert.Equal("/api/v1/recordings/call-42", page.Find("[data-testid=ticket-recording]").GetAttribute("href"));
    }

    [Fact]
    public void An_agent_sees_the_linked_call_without_a_recording_link()
    {
        Grains.Add(Snapshot("T6", TicketState.Handling, unit: "unit-a"));
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = Open("T6");

        Assert.Contains("call-42", page.Find("[data-testid=ticket-call]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=ticket-recording]"));
    }

    [Fact]
    public void A_handling_unit_cannot_open_a_ticket_of_another_unit()
    {
        Grains.Add(Snapshot("T7", TicketState.Handling, unit: "unit-b"));
        User.SignIn("unit-a-user", "unit-a", PlatformRole.HandlingUnit);
        var page = Open("T7");

        Assert.Contains("工单 T7 未派给本单位", page.Find("[data-testid=ticket-problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=ticket-snapshot]"));
    }

    [Fact]
    public void A_handling_unit_replies_to_its_own_ticket_as_its_unit()
    {
        var ticket = Grains.Add(Snapshot("T8", TicketState.Handling, unit: "unit-a"));
        User.SignIn("unit-a-user", "unit-a", PlatformRole.HandlingUnit);
        var page = Open("T8");

        page.Find("[data-testid=action-reply]").Click();
        Dialogs.WaitForElement("textarea[data-testid=action-text], [data-testid=action-text] textarea").Change("已约谈司机并处罚");
        Dialogs.Find("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal(TicketState.Replied, ticket.Ticket.State));
        Assert.Equal("unit-a", ticket.Taken.Single().Actor.UnitId);
        Assert.Equal("已约谈司机并处罚", ticket.Ticket.Reply);
    }

    [Fact]
    public void An_unknown_number_says_so()
    {
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = Open("T-NONE");

        Assert.Contains("工单 T-NONE 不存在", page.Find("[data-testid=ticket-problem]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggested_duplicate_is_merged_into_the_ticket_on_the_page()
    {
        Grains.Add(Snapshot("T9", TicketState.Handling, unit: "unit-a"));
        var duplicate = Grains.Add(Snapshot("T10", TicketState.Intake));
        Services.AddSingleton<ITicketDuplicateFinder>(new TicketPageDuplicates(
            new DuplicateCandidate(Summary("T10", TicketState.Intake, Now.AddDays(1)), 0.8, [new DuplicateReason(DuplicateReasonKind.SamePlate, "粤B12345", 0.5)])));
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = Open("T9");

        Assert.Contains("粤B12345", page.Find("[data-testid=duplicate-row]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=duplicate-merge]").Click();

        page.WaitForAssertion(() => Assert.Equal(TicketState.Merged, duplicate.Ticket.State));
        Assert.Equal("T9", duplicate.Ticket.MergedInto);
    }
}
