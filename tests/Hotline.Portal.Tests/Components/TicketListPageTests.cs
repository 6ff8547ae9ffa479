using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Portal.Tests.Components;

/// <summary>工单中心: the filters, the rows (most urgent first, overdue marked), the counts by state, a unit confined to its tickets, and the supervisors' overdue list.</summary>
[Trait("Category", "Unit")]
public sealed class TicketListPageTests : TicketPageTest
{
    public TicketListPageTests()
    {
        Queries.Rows.Add(Summary("T-OVERDUE", TicketState.Handling, Now.AddHours(-5), "unit-a"));
        Queries.Rows.Add(Summary("T-SOON", TicketState.Dispatched, Now.AddHours(2), "unit-b"));
        Queries.Rows.Add(Summary("T-LATER", TicketState.Handling, Now.AddDays(2), "unit-a"));
        Queries.Rows.Add(Summary("T-CLOSED", TicketState.Closed, Now.AddDays(-10)));
    }

    [Fact]
    public void The_list_renders_every_filter_and_the_rows_most_urgent_first()
    {
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = ShowPage<TicketList>();

        foreach (var filter in new[] { "state", "type", "category", "unit", "overdue", "channel", "from", "to", "phone", "keywords" })
            Assert.NotNull(page.Find($"[data-testid=filter-{filter}]"));
        var numbers = page.FindAll("[data-testid=ticket-row]").Select(r => r.GetAttribute("data-number")).ToList();
        Assert.Equal(["T-CLOSED", "T-OVERDUE", "T-SOON", "T-LATER"], numbers);
        Assert.Contains("共 4 条", page.Find("[data-testid=ticket-total]").TextContent, StringComparison.Ordinal);
        Assert.Contains("出租汽车", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_that_stopped_at_the_limit_shows_as_more_than()
    {
        Queries.CountLimit = 1;
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = ShowPage<TicketList>();

        Assert.Equal("超过 1 条", page.Find("[data-testid=ticket-total]").TextContent.Trim());
        Assert.Contains("处理中 (1+)", page.Find("[data-testid=state-count-Handling]").TextContent, StringComparison.Ordinal);
        Assert.Contains("已派单 (1)", page.Find("[data-testid=state-count-Dispatched]").TextContent, StringComparison.Ordinal);
        Assert.Contains("全部状态 (3+)", page.Find("[data-testid=state-count-all]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_open_tickets_past_their_deadline_are_highlighted_as_overdue()
    {
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = ShowPage<TicketList>();

        var overdue = page.FindAll("[data-testid=ticket-row][data-overdue=true]").Select(r => r.GetAttribute("data-number")).ToList();
        Assert.Equal(["T-OVERDUE"], overdue);
        Assert.Contains("已超期 5小时0分钟", page.Find("[data-testid=ticket-row][data-number=T-OVERDUE]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_counts_by_state_add_up_and_a_state_chip_filters_the_list()
    {
        User.SignIn("supervisor", null, PlatformRole.Supervisor);
        var page = ShowPage<TicketList>();

        Assert.Contains("处理中 (2)", page.Find("[data-testid=state-count-Handling]").TextContent, StringComparison.Ordinal);
        Assert.Contains("已派单 (1)", page.Find("[data-testid=state-count-Dispatched]").TextContent, StringComparison.Ordinal);
        Assert.Contains("全部状态 (4)", page.Find("[data-testid=state-count-all]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=state-count-Handling]").Click();

        page.WaitForAssertion(() => Assert.Equal(["T-OVERDUE", "T-LATER"], page.FindAll("[data-testid=ticket-row]").Select(r => r.GetAttribute("data-number"))));
    }

    [Fact]
    public void A_handling_unit_lists_only_the_tickets_dispatched_to_it()
    {
        User.SignIn("unit-a-user", "unit-a", PlatformRole.HandlingUnit);
        var page = ShowPage<TicketList>();

        Assert.Equal(["T-OVERDUE", "T-LATER"], page.FindAll("[data-testid=ticket-row]").Select(r => r.GetAttribute("data-number")));
        Assert.All(Queries.Filters, f => Assert.Equal("unit-a", f.UnitId));
        Assert.Empty(page.FindAll("[data-testid=filter-unit]"));
    }

    [Fact]
    public void A_drill_down_address_sets_the_filters_it_names_and_the_list_query_uses_them()
    {
        User.SignIn("analyst", null, PlatformRole.Analyst);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tickets?category=%E5%9F%8E%E5%B8%82%E5%AE%A2%E8%BF%90%2F%E5%87%BA%E7%A7%9F%E6%B1%BD%E8%BD%A6&channel=phone&from=2026-11-01&to=2026-11-07");
        var page = ShowPage<TicketList>();

        var query = Queries.Filters[0];
        Assert.Equal("urban.taxi", query.CategoryCode);
        Assert.Equal(TicketChannel.Phone, query.Channel);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), query.CreatedFrom);
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 0, 0, 0, TimeSpan.FromHours(8)), query.CreatedTo);
        Assert.Empty(page.FindAll("[data-testid=ticket-address-unread]"));
    }

    [Fact]
    public void Following_another_drill_down_link_on_the_same_page_replaces_the_filters()
    {
        User.SignIn("analyst", null, PlatformRole.Analyst);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/tickets?channel=phone");
        var page = ShowPage<TicketList>();

        navigation.NavigateTo("/tickets?type=Complaint&from=2026-11-01");

        page.WaitForAssertion(() => Assert.Equal((TicketType.Complaint, (TicketChannel?)null), (Queries.Filters[^1].Type, Queries.Filters[^1].Channel)));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), Queries.Filters[^1].CreatedFrom);
    }

    [Fact]
    public void An_address_with_a_category_the_tree_does_not_have_says_so_instead_of_listing_everything_silently()
    {
        User.SignIn("analyst", null, PlatformRole.Analyst);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tickets?category=%E8%88%AA%E7%A9%BA&from=2026-13-01");
        var page = ShowPage<TicketList>();

        Assert.Contains("category、from", page.Find("[data-testid=ticket-address-unread]").TextContent, StringComparison.Ordinal);
        Assert.Null(Queries.Filters[0].CategoryCode);
    }

    [Fact]
    public async Task My_tickets_lists_and_counts_only_the_tickets_the_signed_in_user_handles()
    {
        Queries.Rows[0] = Queries.Rows[0] with { Handler = "8001" };
        Queries.Rows[2] = Queries.Rows[2] with { Handler = "8002" };
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = ShowPage<TicketList>();
        Assert.Equal(4, page.FindAll("[data-testid=ticket-row]").Count);

        var mine = page.FindComponents<MudSwitch<bool>>().Single(s => Equals(s.Instance.UserAttributes?.GetValueOrDefault("data-testid"), "filter-mine"));
        Assert.Contains("我的工单", mine.Markup, StringComparison.Ordinal);
        await page.InvokeAsync(() => mine.Instance.ValueChanged.InvokeAsync(true));

        page.WaitForAssertion(() => Assert.Equal(["T-OVERDUE"], page.FindAll("[data-testid=ticket-row]").Select(r => r.GetAttribute("data-number"))));
        Assert.Contains("全部状态 (1)", page.Find("[data-testid=state-count-all]").TextContent, StringComparison.Ordinal);
        Assert.Equal("8001", Queries.Filters[^1].Handler);

        await page.InvokeAsync(() => mine.Instance.ValueChanged.InvokeAsync(false));
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=ticket-row]").Count));
    }

    [Fact]
    public void A_handling_unit_without_a_unit_claim_lists_nothing()
    {
        User.SignIn("lost-user", null, PlatformRole.Enterprise);
        var page = ShowPage<TicketList>();

        Assert.Empty(page.FindAll("[data-testid=ticket-row]"));
        Assert.NotNull(page.Find("[data-testid=ticket-empty]"));
    }

    [Fact]
    public void Only_supervisors_get_the_overdue_list()
    {
        User.SignIn("8001", null, PlatformRole.Agent);
        var agentPage = ShowPage<TicketList>();
        Assert.Empty(agentPage.FindAll("[data-testid=overdue-list]"));
    }

    [Fact]
    public void A_supervisor_urges_an_overdue_ticket_from_the_overdue_list()
    {
        var ticket = Grains.Add(Snapshot("T-OVERDUE", TicketState.Handling, unit: "unit-a"));
        User.SignIn("supervisor", null, PlatformRole.Supervisor);
        var page = ShowPage<TicketList>();

        var row = page.Find("[data-testid=overdue-row]");
        Assert.Equal("T-OVERDUE", row.GetAttribute("data-number"));
        page.Find("[data-testid=overdue-urge]").Click();
        Dialogs.WaitForElement("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal((TicketAction.Urge, "supervisor"), ticket.Taken.Select(t => (t.Action, t.Actor.Id)).Single()));
        Assert.Contains("催办成功。", SnackbarMessages);
    }

    [Fact]
    public void Escalating_needs_a_reason()
    {
        var ticket = Grains.Add(Snapshot("T-OVERDUE", TicketState.Handling, unit: "unit-a"));
        User.SignIn("supervisor", null, PlatformRole.Supervisor);
        var page = ShowPage<TicketList>();

        page.Find("[data-testid=overdue-escalate]").Click();
        Dialogs.WaitForElement("[data-testid=action-confirm]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("请填写理由", Dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(ticket.Taken);

        Dialogs.Find("textarea[data-testid=action-text], [data-testid=action-text] textarea").Change("超期两天未处理");
        Dialogs.Find("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.True(ticket.Ticket.Escalated));
        Assert.Equal("超期两天未处理", ticket.History[^1].Note);
    }
}
