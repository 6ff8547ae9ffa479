using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Rosters;

namespace Hotline.Portal.Tests.Rosters;

/// <summary>我的排班: an agent sees this week and next from the roster book, a planned shift split by its breaks, and leave.</summary>
[Trait("Category", "Integration")]
public sealed class MySchedulePageTests() : RosterPageTest("8001", PlatformRole.Agent)
{
    [Fact]
    public async Task An_agent_sees_two_weeks_with_a_planned_shift_its_breaks_and_leave()
    {
        await CreateTablesAsync();
        await Book.PlanAsync(Supervisor, [new RosterShift("8001", new DateOnly(2026, 11, 24), "early")], Token);
        await Book.AddLeaveAsync(Supervisor, new LeavePeriod("8001", StartOf(new DateOnly(2026, 12, 1)), StartOf(new DateOnly(2026, 12, 2)), "年假"), Token);

        var page = Show<MySchedulePage>();

        page.WaitForAssertion(() => Assert.Equal(14, page.FindAll("[data-testid=my-schedule-day]").Count));
        var tuesday = page.FindAll("[data-testid=my-schedule-day]")[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("2026-11-24 周二", tuesday[0]);
        Assert.Equal("08:00–10:00、10:15–12:00、13:00–16:00", tuesday[1]);
        Assert.Equal("10:00–10:15、12:00–13:00", tuesday[2]);
        var nextTuesday = page.FindAll("[data-testid=my-schedule-day]")[8].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("年假", nextTuesday[3]);
        Assert.Equal("", tuesday[3]);
    }
}
